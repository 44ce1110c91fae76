using System.Runtime.CompilerServices;

namespace Isolated.Tests.Parsing;

/// <summary>Locates the parser corpus and the repository root without depending on the build output folder.</summary>
internal static class ParsingTestPaths
{
    /// <summary>The folder holding this source file (known at compile time), if it still exists.</summary>
    private static string? SourceFolder([CallerFilePath] string path = "") =>
        path.Length > 0 && File.Exists(path) ? Path.GetDirectoryName(path) : null;

    public static string CorpusDirectory
    {
        get
        {
            string? fromSource = SourceFolder();
            if (fromSource is not null && Directory.Exists(Path.Combine(fromSource, "corpus")))
                return Path.Combine(fromSource, "corpus");
            string? root = RepositoryRoot;
            if (root is not null)
                return Path.Combine(root, "tests", "Isolated.Tests", "Parsing", "corpus");
            throw new DirectoryNotFoundException("parser corpus not found");
        }
    }

    /// <summary>Walks up from the test assembly (then from this source file) to the folder with Directory.Build.props.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            foreach (string? start in new[] { AppContext.BaseDirectory, SourceFolder() })
            {
                for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
                {
                    if (File.Exists(Path.Combine(dir, "Directory.Build.props")) && Directory.Exists(Path.Combine(dir, "src", "Isolated")))
                        return dir;
                }
            }
            return null;
        }
    }

    /// <summary>ISOLATED_STDLIB, else build/lib/python3.12 under the repository root; null when neither exists.</summary>
    public static string? StdlibDirectory
    {
        get
        {
            string? env = Environment.GetEnvironmentVariable("ISOLATED_STDLIB");
            if (!string.IsNullOrEmpty(env))
                return Directory.Exists(env) ? env : null;
            string? root = RepositoryRoot;
            if (root is null)
                return null;
            string path = Path.Combine(root, "build", "lib", "python3.12");
            return Directory.Exists(path) ? path : null;
        }
    }
}
