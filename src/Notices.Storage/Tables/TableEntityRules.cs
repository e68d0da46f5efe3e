namespace Notices.Storage.Tables;

/// <summary>
/// The limits Azure enforces on an entity, checked before sending: Azurite lets some through on
/// insert that Azure refuses, and a clear message beats a bare 400.
/// </summary>
internal static class TableEntityRules
{
    public const int MaxCustomProperties = 252;
    public const int MaxStringLength = 32 * 1024;
    public const int MaxBinaryLength = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;

    private static readonly DateTimeOffset MinDate = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Validate(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        StorageNames.ValidKey(entity.PartitionKey, "PartitionKey");
        StorageNames.ValidKey(entity.RowKey, "RowKey");
        if (entity.Count > MaxCustomProperties)
        {
            throw new ArgumentException($"The entity (PartitionKey '{entity.PartitionKey}', RowKey '{entity.RowKey}') has {entity.Count} properties; the limit is {MaxCustomProperties}.", nameof(entity));
        }

        // Azure counts strings as UTF-16 and other values at fixed sizes; this estimate is close enough to refuse what it would.
        long size = 4 + (2 * (entity.PartitionKey.Length + entity.RowKey.Length));
        foreach (var (name, value) in entity)
        {
            size += 8 + (2 * name.Length);
            switch (value)
            {
                case string s when s.Length > MaxStringLength:
                    throw new ArgumentException($"Property '{name}' is {s.Length} characters long; a string property may hold at most {MaxStringLength}.", nameof(entity));
                case string s:
                    size += 4 + (2 * s.Length);
                    break;
                case byte[] b when b.Length > MaxBinaryLength:
                    throw new ArgumentException($"Property '{name}' is {b.Length} bytes; a binary property may hold at most {MaxBinaryLength}.", nameof(entity));
                case byte[] b:
                    size += 4 + b.Length;
                    break;
                case DateTimeOffset d when d < MinDate:
                    throw new ArgumentException($"Property '{name}' is {d:O}; table storage holds dates from 1601-01-01 onwards.", nameof(entity));
                case Guid:
                    size += 16;
                    break;
                default:
                    size += 8;
                    break;
            }
        }

        if (size > MaxEntityBytes)
        {
            throw new ArgumentException($"The entity (PartitionKey '{entity.PartitionKey}', RowKey '{entity.RowKey}') is about {size / 1024} KiB; an entity may be at most 1 MiB.", nameof(entity));
        }
    }
}
