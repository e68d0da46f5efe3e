using System.Globalization;
using System.Text;

namespace Notices.Storage.Pipeline;

/// <summary>
/// Builds the Shared Key string-to-sign: one layout for Blob and Queue, another for Table.
/// Kept apart from the policy so the documented examples can be checked against it directly.
/// </summary>
internal static class SharedKeyStringToSign
{
    /// <summary>Blob and Queue: twelve standard header lines, the x-ms- headers, then the resource.</summary>
    /// <param name="method">HTTP verb.</param>
    /// <param name="accountName">Storage account name.</param>
    /// <param name="escapedPath">The path exactly as sent, still percent-encoded.</param>
    /// <param name="query">The raw query, with or without its leading '?'.</param>
    /// <param name="headers">Every request header.</param>
    /// <param name="contentLength">The body length; null or 0 signs as an empty line.</param>
    public static string ForBlobOrQueue(
        string method,
        string accountName,
        string escapedPath,
        string query,
        IEnumerable<KeyValuePair<string, string>> headers,
        long? contentLength)
    {
        string? contentEncoding = null, contentLanguage = null, contentMd5 = null, contentType = null, date = null;
        string? ifModifiedSince = null, ifMatch = null, ifNoneMatch = null, ifUnmodifiedSince = null, range = null;
        List<KeyValuePair<string, string>>? msHeaders = null;
        foreach (var (name, value) in headers)
        {
            if (name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            {
                (msHeaders ??= []).Add(new(name.ToLowerInvariant(), CollapseWhitespace(value)));
                continue;
            }

            switch (name.ToLowerInvariant())
            {
                case "content-encoding": contentEncoding = value; break;
                case "content-language": contentLanguage = value; break;
                case "content-md5": contentMd5 = value; break;
                case "content-type": contentType = value; break;
                case "date": date = value; break;
                case "if-modified-since": ifModifiedSince = value; break;
                case "if-match": ifMatch = value; break;
                case "if-none-match": ifNoneMatch = value; break;
                case "if-unmodified-since": ifUnmodifiedSince = value; break;
                case "range": range = value; break;
                default: break;
            }
        }

        var builder = new StringBuilder(256);
        builder.Append(method.ToUpperInvariant()).Append('\n')
            .Append(contentEncoding).Append('\n')
            .Append(contentLanguage).Append('\n')
            .Append(contentLength is > 0 ? contentLength.Value.ToString(CultureInfo.InvariantCulture) : null).Append('\n')
            .Append(contentMd5).Append('\n')
            .Append(contentType).Append('\n')
            .Append(date).Append('\n')
            .Append(ifModifiedSince).Append('\n')
            .Append(ifMatch).Append('\n')
            .Append(ifNoneMatch).Append('\n')
            .Append(ifUnmodifiedSince).Append('\n')
            .Append(range).Append('\n');

        if (msHeaders is not null)
        {
            msHeaders.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            foreach (var (name, value) in msHeaders)
            {
                builder.Append(name).Append(':').Append(value).Append('\n');
            }
        }

        builder.Append('/').Append(accountName).Append(escapedPath);
        AppendCanonicalQuery(builder, query);
        return builder.ToString();
    }

    /// <summary>Table Shared Key: verb, Content-MD5, Content-Type, date, resource (only <c>comp</c> from the query).</summary>
    public static string ForTable(
        string method,
        string? contentMd5,
        string? contentType,
        string date,
        string accountName,
        string escapedPath,
        string query)
    {
        var builder = new StringBuilder(128);
        builder.Append(method.ToUpperInvariant()).Append('\n')
            .Append(contentMd5).Append('\n')
            .Append(contentType).Append('\n')
            .Append(date).Append('\n');
        AppendTableResource(builder, accountName, escapedPath, query);
        return builder.ToString();
    }

    /// <summary>Table Shared Key Lite: the date and the resource only.</summary>
    public static string ForTableLite(string date, string accountName, string escapedPath, string query)
    {
        var builder = new StringBuilder(96);
        builder.Append(date).Append('\n');
        AppendTableResource(builder, accountName, escapedPath, query);
        return builder.ToString();
    }

    private static void AppendTableResource(StringBuilder builder, string accountName, string escapedPath, string query)
    {
        builder.Append('/').Append(accountName).Append(escapedPath);
        foreach (var (name, value) in ParseQuery(query))
        {
            if (string.Equals(name, "comp", StringComparison.OrdinalIgnoreCase))
            {
                builder.Append("?comp=").Append(value);
                return;
            }
        }
    }

    private static void AppendCanonicalQuery(StringBuilder builder, string query)
    {
        var parameters = ParseQuery(query);
        if (parameters.Count == 0)
        {
            return;
        }

        var byName = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            var key = name.ToLowerInvariant();
            if (!byName.TryGetValue(key, out var values))
            {
                byName[key] = values = [];
            }

            values.Add(value);
        }

        foreach (var (name, values) in byName)
        {
            values.Sort(StringComparer.Ordinal);
            builder.Append('\n').Append(name).Append(':').AppendJoin(',', values);
        }
    }

    private static List<(string Name, string Value)> ParseQuery(string query)
    {
        var result = new List<(string, string)>();
        var span = query.AsSpan();
        if (span.StartsWith("?"))
        {
            span = span[1..];
        }

        foreach (var range in span.Split('&'))
        {
            var pair = span[range];
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? [] : pair[(equals + 1)..];
            result.Add((Uri.UnescapeDataString(name.ToString()), Uri.UnescapeDataString(value.ToString())));
        }

        return result;
    }

    private static string CollapseWhitespace(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal) && !trimmed.Contains('\t', StringComparison.Ordinal))
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        var previousWasSpace = false;
        foreach (var c in trimmed)
        {
            var isSpace = c is ' ' or '\t';
            if (isSpace && previousWasSpace)
            {
                continue;
            }

            builder.Append(isSpace ? ' ' : c);
            previousWasSpace = isSpace;
        }

        return builder.ToString();
    }
}
