using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Notices.Domain.Catalogue;
using Notices.Domain.Procurement;

namespace Notices.Domain.Notices;

/// <summary>Turns the serialiser's technical exceptions into one plain-English line naming the field.</summary>
internal static partial class NoticeJsonErrors
{
    private static readonly string DraftedTypes = string.Join(", ", NoticeCatalogue.DraftedByWorkflow.Order());

    private static readonly FrozenDictionary<string, string> EnumValues = new[]
    {
        typeof(ContractNature), typeof(SpecialRegime), typeof(AuthorityType), typeof(SupplierScale),
        typeof(AwardCriterionType), typeof(Procedure), typeof(AwardStatus), typeof(KpiRating),
        typeof(ModificationGround), typeof(TerminationReason),
    }.ToFrozenDictionary(
        t => t.FullName!,
        t => string.Join(", ", Enum.GetNames(t).Select(JsonNamingPolicy.CamelCase.ConvertName)));

    public static NoticeFormatException Explain(Exception e, string json)
    {
        var path = FieldPath((e as JsonException)?.Path);
        var message = e.Message;

        if (UnknownDiscriminator().Match(message) is { Success: true } unknown)
        {
            return new NoticeFormatException(
                NoticeJson.TypeProperty,
                $"'{unknown.Groups[1].Value}' is not a notice type this service drafts; use one of {DraftedTypes}.",
                e);
        }

        if (e is NotSupportedException)
        {
            return MissingNoticeType(json, e);
        }

        if (e.InnerException is JsonException reader)
        {
            return new NoticeFormatException(
                "$", $"the file is not valid JSON (line {reader.LineNumber + 1}, character {reader.BytePositionInLine + 1}).", e);
        }

        if (UnmappedMember().IsMatch(message))
        {
            return new NoticeFormatException(path, "is not a field of this notice; check the spelling or remove it.", e);
        }

        if (message.Contains("doesn't allow setting null values", StringComparison.Ordinal)
            || message.Contains("does not allow null values", StringComparison.Ordinal))
        {
            return new NoticeFormatException(path, "must not be null; leave the field out instead.", e);
        }

        if (NoticeJsonPaths.TypeAt(json, path) is { } expected)
        {
            return new NoticeFormatException(path, WhatWasExpected(expected), e);
        }

        if (e.InnerException is FormatException or OverflowException)
        {
            return new NoticeFormatException(path, "has a value that cannot be read: " + e.InnerException.Message, e);
        }

        return new NoticeFormatException(path, "cannot be read: " + message, e);
    }

    private static string WhatWasExpected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return $"is not one of the allowed values: {EnumValues[type.FullName!]}.";
        }

        return type switch
        {
            _ when type == typeof(DateTimeOffset) => "is not a valid date and time; write it in ISO 8601 with its UTC offset, such as 2026-09-03T15:18:45+01:00.",
            _ when type == typeof(decimal) => "should be a number, such as 125000.50.",
            _ when type == typeof(bool) => "should be true or false.",
            _ when type == typeof(string) => "should be text in quotes.",
            _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => "should be a list in square brackets.",
            _ => "should be an object in braces.",
        };
    }

    private static NoticeFormatException MissingNoticeType(string json, Exception e)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new NoticeFormatException("$", "expected a notice object in braces.", e);
            }

            if (root.TryGetProperty("ocid", out _) && root.TryGetProperty("tag", out _))
            {
                return new NoticeFormatException(
                    NoticeJson.TypeProperty, "is missing: this looks like an OCDS release; import it to get a notice.", e);
            }
        }
        catch (JsonException)
        {
            return new NoticeFormatException("$", "the file is not valid JSON.", e);
        }

        return new NoticeFormatException(
            NoticeJson.TypeProperty, $"is missing: say which notice this is, one of {DraftedTypes}.", e);
    }

    private static string FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "$";
        }

        return jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
    }

    [GeneratedRegex("unrecognized type discriminator id '([^']*)'")]
    private static partial Regex UnknownDiscriminator();

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedMember();

}
