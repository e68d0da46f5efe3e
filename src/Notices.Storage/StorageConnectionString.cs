namespace Notices.Storage;

/// <summary>
/// A parsed storage connection string: <c>UseDevelopmentStorage=true</c>, or an account name and key
/// with endpoints given or derived from <c>EndpointSuffix</c>.
/// </summary>
internal sealed record StorageConnectionString(
    string AccountName,
    string AccountKey,
    Uri BlobEndpoint,
    Uri QueueEndpoint,
    Uri TableEndpoint)
{
    public const string DevelopmentAccountName = "devstoreaccount1";

    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split at the first '=' only: account keys end in "==".
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException(
                    $"The storage connection string has a part without 'Key=Value': '{Describe(part)}'.",
                    nameof(connectionString));
            }

            pairs[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        if (pairs.TryGetValue("UseDevelopmentStorage", out var useDevelopment)
            && string.Equals(useDevelopment, "true", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageConnectionString(
                DevelopmentAccountName,
                DevelopmentAccountKey,
                Endpoint(pairs, "BlobEndpoint", nameof(connectionString)) ?? new Uri("http://127.0.0.1:10000/devstoreaccount1"),
                Endpoint(pairs, "QueueEndpoint", nameof(connectionString)) ?? new Uri("http://127.0.0.1:10001/devstoreaccount1"),
                Endpoint(pairs, "TableEndpoint", nameof(connectionString)) ?? new Uri("http://127.0.0.1:10002/devstoreaccount1"));
        }

        if (!pairs.TryGetValue("AccountName", out var accountName) || accountName.Length == 0)
        {
            throw new ArgumentException(
                "The storage connection string has no AccountName (or use 'UseDevelopmentStorage=true' for Azurite).",
                nameof(connectionString));
        }

        if (!pairs.TryGetValue("AccountKey", out var accountKey) || accountKey.Length == 0)
        {
            throw new ArgumentException(
                "The storage connection string has no AccountKey. Without a key, use a managed identity: new StorageAccount(accountName, credential).",
                nameof(connectionString));
        }

        if (!IsBase64(accountKey))
        {
            throw new ArgumentException("The storage connection string's AccountKey is not valid base64.", nameof(connectionString));
        }

        var protocol = pairs.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = pairs.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return new StorageConnectionString(
            accountName,
            accountKey,
            Endpoint(pairs, "BlobEndpoint", nameof(connectionString)) ?? Derived(protocol, accountName, "blob", suffix),
            Endpoint(pairs, "QueueEndpoint", nameof(connectionString)) ?? Derived(protocol, accountName, "queue", suffix),
            Endpoint(pairs, "TableEndpoint", nameof(connectionString)) ?? Derived(protocol, accountName, "table", suffix));
    }

    private static Uri? Endpoint(Dictionary<string, string> pairs, string key, string parameterName)
    {
        if (!pairs.TryGetValue(key, out var value) || value.Length == 0)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The storage connection string's {key} '{value}' is not an absolute http(s) URL.", parameterName);
        }

        return uri;
    }

    private static Uri Derived(string protocol, string accountName, string service, string suffix) =>
        new($"{protocol}://{accountName}.{service}.{suffix}");

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = stackalloc byte[256];
        return value.Length <= 344 && Convert.TryFromBase64String(value, buffer, out _);
    }

    // Never echo a key back into a message or a log.
    private static string Describe(string part) => part.Length > 20 ? part[..20] + "..." : part;
}
