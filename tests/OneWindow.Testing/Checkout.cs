namespace OneWindow.Testing;

/// <summary>The repository checkout the tests run from: the folder holding OneWindow.slnx.</summary>
public static class Checkout
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OneWindow.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"The tests run inside a checkout (no OneWindow.slnx above {AppContext.BaseDirectory}).");
    }
}
