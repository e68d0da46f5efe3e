namespace Notices.Storage.Tables;

/// <summary>How a write treats properties the request does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>The entity becomes exactly what is sent; absent properties are dropped.</summary>
    Replace,

    /// <summary>Sent properties are set; absent ones keep their stored values.</summary>
    Merge,
}
