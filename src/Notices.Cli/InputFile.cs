using System.Text.Json;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;

namespace Notices.Cli;

/// <summary>The input could not be used; the message is the one line to print.</summary>
internal sealed class BadInputException(string message) : Exception(message);

/// <summary>Reads a FILE argument: a notice in the project's JSON or an OCDS release as Find a Tender publishes it.</summary>
internal static class InputFile
{
    public enum Kind
    {
        Notice,
        Release,
    }

    public static (Kind Kind, string Json) Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException($"{path}: no such file.");
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot be read ({e.Message}).");
        }

        return (KindOf(path, json), json);
    }

    /// <summary>A notice names its <c>noticeType</c>; a release has an <c>ocid</c>; a release package has <c>releases</c>.</summary>
    private static Kind KindOf(string path, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty(NoticeJson.TypeProperty, out _))
                {
                    return Kind.Notice;
                }

                if (root.TryGetProperty("ocid", out _) || root.TryGetProperty("releases", out _))
                {
                    return Kind.Release;
                }
            }
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{path}: the file is not valid JSON (line {e.LineNumber + 1}, character {e.BytePositionInLine + 1}).");
        }

        throw new BadInputException($"{path}: neither a notice (it has no noticeType) nor an OCDS release (it has no ocid).");
    }

    /// <summary>The notice in the file, whichever form it is in.</summary>
    public static Notice ReadNotice(string path)
    {
        var (kind, json) = Load(path);
        return Parse(path, () => kind == Kind.Notice ? NoticeJson.Deserialize(json) : OcdsReleaseReader.Read(json));
    }

    /// <summary>The notice in a release Find a Tender published; a notice in the project's JSON is refused.</summary>
    public static Notice ReadRelease(string path, string whatToDoInstead)
    {
        var (kind, json) = Load(path);
        if (kind != Kind.Release)
        {
            throw new BadInputException($"{path}: this is a notice in the project's JSON, not an OCDS release Find a Tender published; {whatToDoInstead}.");
        }

        return Parse(path, () => OcdsReleaseReader.Read(json));
    }

    public static T Parse<T>(string path, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (NoticeFormatException e)
        {
            throw new BadInputException($"{path}: {e.Message}");
        }
    }
}
