namespace Notices.Storage;

/// <summary>
/// Azure's naming rules, checked before a request is sent so a bad name fails with a message that
/// says what is wrong (the service answers a bare 400).
/// </summary>
public static class StorageNames
{
    /// <summary>Containers and queues: 3 to 63 of a-z, 0-9 and '-', starting with a letter or digit, no "--", no trailing '-'.</summary>
    public static string ValidContainer(string name) => ValidDashedName(name, "container", nameof(name));

    /// <inheritdoc cref="ValidContainer"/>
    public static string ValidQueue(string name) => ValidDashedName(name, "queue", nameof(name));

    /// <summary>Tables: 3 to 63 letters and digits, starting with a letter; "tables" is reserved.</summary>
    public static string ValidTable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 3 or > 63 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException(
                $"Table name '{name}' is not valid: it must be 3 to 63 letters and digits, starting with a letter.",
                nameof(name));
        }

        if (string.Equals(name, "tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Table name 'tables' is reserved by the service.", nameof(name));
        }

        return name;
    }

    /// <summary>Blob names: 1 to 1024 characters, not ending in '.' or '/', no control characters.</summary>
    public static string ValidBlob(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > 1024)
        {
            throw new ArgumentException($"Blob name must be 1 to 1024 characters long; it has {name.Length}.", nameof(name));
        }

        if (name.EndsWith('.') || name.EndsWith('/') || name.EndsWith('\\'))
        {
            throw new ArgumentException($"Blob name '{name}' must not end with '.', '/' or '\\'.", nameof(name));
        }

        if (name.Any(char.IsControl))
        {
            throw new ArgumentException($"Blob name '{Printable(name)}' must not contain control characters.", nameof(name));
        }

        return name;
    }

    /// <summary>PartitionKey and RowKey: at most 1 KiB, without '/', '\', '#', '?' or control characters.</summary>
    public static string ValidKey(string value, string field)
    {
        if (value is null)
        {
            throw new ArgumentException($"{field} is required.", field);
        }

        if (value.Length > 512)
        {
            // Keys are limited to 1 KiB; as UTF-16 that is 512 characters.
            throw new ArgumentException($"{field} is {value.Length} characters long; the limit is 1 KiB (512 characters).", field);
        }

        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException(
                    $"{field} '{Printable(value)}' contains '{Printable(c.ToString())}'; keys must not contain '/', '\\', '#', '?' or control characters.",
                    field);
            }
        }

        return value;
    }

    /// <summary>Entity property names: C#-style identifiers of at most 255 characters.</summary>
    public static string ValidPropertyName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > 255 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(static c => char.IsLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException(
                $"Property name '{Printable(name)}' is not valid: it must be a C#-style identifier (letters, digits, '_', not starting with a digit) of at most 255 characters.",
                nameof(name));
        }

        return name;
    }

    /// <summary>Metadata names: C# identifiers; values: printable ASCII.</summary>
    internal static void ValidateMetadata(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        foreach (var (key, value) in metadata)
        {
            if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_') || !key.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException($"Metadata name '{Printable(key)}' is not valid: it must be an identifier of ASCII letters, digits and '_'.", nameof(metadata));
            }

            if (value is null || !value.All(static c => c is >= ' ' and <= '~'))
            {
                throw new ArgumentException($"Metadata '{key}' must have a value of printable ASCII characters; encode anything else first.", nameof(metadata));
            }
        }
    }

    private static string ValidDashedName(string name, string kind, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        var valid = name.Length is >= 3 and <= 63
            && (char.IsAsciiLetterLower(name[0]) || char.IsAsciiDigit(name[0]))
            && name[^1] != '-'
            && !name.Contains("--", StringComparison.Ordinal)
            && name.All(static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        if (!valid)
        {
            throw new ArgumentException(
                $"{char.ToUpperInvariant(kind[0])}{kind[1..]} name '{Printable(name)}' is not valid: it must be 3 to 63 lower-case letters, digits and single hyphens, starting with a letter or digit and not ending with a hyphen.",
                parameterName);
        }

        return name;
    }

    private static string Printable(string value) =>
        string.Concat(value.Select(static c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
