using System.Globalization;
using Azure.Data.Tables;

namespace Notices.Storage.Workflow;

/// <summary>
/// Long text in a table entity: a string property holds at most 64 KiB (32K UTF-16 characters), so longer
/// text is split across Name, Name1, Name2… (an entity may hold 1 MiB in all).
/// </summary>
internal static class ChunkedText
{
    public const int ChunkLength = 30_000;

    public static void Write(TableEntity entity, string name, string text)
    {
        for (int i = 0, start = 0; start < text.Length || i == 0; i++, start += ChunkLength)
        {
            entity[PropertyName(name, i)] = text.Substring(start, Math.Min(ChunkLength, text.Length - start));
        }
    }

    public static string Read(TableEntity entity, string name)
    {
        var first = entity.GetString(name) ?? throw new InvalidDataException($"Entity {entity.PartitionKey}/{entity.RowKey} has no {name}.");
        if (first.Length < ChunkLength)
        {
            return first;
        }

        var text = new System.Text.StringBuilder(first);
        for (var i = 1; entity.GetString(PropertyName(name, i)) is { } more; i++)
        {
            text.Append(more);
        }

        return text.ToString();
    }

    private static string PropertyName(string name, int index) =>
        index == 0 ? name : name + index.ToString(CultureInfo.InvariantCulture);
}
