namespace Notices.Infra.Tests;

/// <summary>Finds the repository root (the folder holding NoticeFunctions.sln) and the infra files in it.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Infra => Path.Combine(Root, "infra");

    public static string Modules => Path.Combine(Infra, "modules");

    public static string InfraPath(params string[] parts) => Path.Combine([Infra, .. parts]);

    /// <summary>main.bicep and every module.</summary>
    public static IReadOnlyList<string> BicepFiles() =>
        [Path.Combine(Infra, "main.bicep"), .. Directory.GetFiles(Modules, "*.bicep").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NoticeFunctions.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("NoticeFunctions.sln was not found above the test assembly.");
    }
}
