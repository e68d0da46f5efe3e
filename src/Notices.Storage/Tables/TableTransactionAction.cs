namespace Notices.Storage.Tables;

public enum TableTransactionActionType
{
    /// <summary>Insert; fails if the entity exists.</summary>
    Add,

    /// <summary>Replace an existing entity, guarded by If-Match.</summary>
    UpdateReplace,

    /// <summary>Merge into an existing entity, guarded by If-Match.</summary>
    UpdateMerge,

    /// <summary>Delete an existing entity, guarded by If-Match.</summary>
    Delete,

    /// <summary>Insert or replace, unconditionally.</summary>
    UpsertReplace,

    /// <summary>Insert or merge, unconditionally.</summary>
    UpsertMerge,
}

/// <summary>
/// One action of an entity group transaction. For updates and deletes, <paramref name="IfMatch"/> is the
/// ETag the entity must still have; null means any version ("*").
/// </summary>
public sealed record TableTransactionAction(TableTransactionActionType Type, TableEntity Entity, string? IfMatch = null);
