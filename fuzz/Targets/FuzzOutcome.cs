namespace Isolated.Fuzzing;

/// <summary>The verdict for one input, with the exception's type and message where there was one.</summary>
public readonly record struct FuzzOutcome(FuzzVerdict Verdict, string Detail)
{
    public bool IsFailure => Verdict is FuzzVerdict.Bug or FuzzVerdict.Hang;

    public override string ToString() => Detail.Length == 0 ? Verdict.ToString() : $"{Verdict}: {Detail}";
}
