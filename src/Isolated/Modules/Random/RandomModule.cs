using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.RandomGenerator;

/// <summary><c>_random</c>: the Mersenne Twister core of random.py.</summary>
public static class RandomModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_random");
        m.Dict.SetStr("__doc__", interp.Str("Module implements the Mersenne Twister random number generator."));
        m.Dict.SetStr("Random", interp.Types.Binary.Random);
        return m;
    }
}
