namespace Notices.Azurite;

/// <summary>Finds the repository root: the nearest folder up from here that holds NoticeFunctions.sln.</summary>
public static class RepositoryRoot
{
    public const string MarkerFile = "NoticeFunctions.sln";

    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, MarkerFile)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new AzuriteException(
            $"Could not find the repository root: no folder above '{AppContext.BaseDirectory}' or the current directory holds {MarkerFile}. Run from inside the repository, or set {nameof(AzuriteOptions)}.{nameof(AzuriteOptions.RepositoryRoot)}.");
    }
}
