using System.Security.Cryptography;

namespace Notices.Testing;

/// <summary>
/// Names no other test uses, valid for the resource they name, so tests sharing one Azurite never
/// see each other's data.
/// </summary>
public static class UniqueName
{
    /// <summary>A container name: lower-case prefix, a hyphen, 12 random hex digits.</summary>
    public static string Container(string prefix = "c") => Dashed(prefix);

    /// <summary>A queue name: lower-case prefix, a hyphen, 12 random hex digits.</summary>
    public static string Queue(string prefix = "q") => Dashed(prefix);

    /// <summary>A table name: letters and digits only, starting with the prefix.</summary>
    public static string Table(string prefix = "t") => Letters(prefix) + Suffix();

    /// <summary>A value for a key or blob name.</summary>
    public static string Key(string prefix = "k") => prefix + "-" + Suffix();

    private static string Dashed(string prefix)
    {
        var clean = new string(prefix.ToLowerInvariant().Where(static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)).ToArray());
        return (clean.Length == 0 ? "x" : clean[..Math.Min(clean.Length, 40)]) + "-" + Suffix();
    }

    private static string Letters(string prefix)
    {
        var clean = new string(prefix.Where(char.IsAsciiLetterOrDigit).ToArray());
        return clean.Length == 0 || !char.IsAsciiLetter(clean[0]) ? "t" + clean : clean[..Math.Min(clean.Length, 40)];
    }

    private static string Suffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
