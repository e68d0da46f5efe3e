namespace Notices.Storage;

/// <summary>The three storage services: they differ in API version, signing and error format.</summary>
internal enum StorageService
{
    Blob,
    Queue,
    Table,
}
