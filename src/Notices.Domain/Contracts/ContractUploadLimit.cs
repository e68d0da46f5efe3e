namespace Notices.Domain.Contracts;

/// <summary>
/// The largest contract file the service accepts, declared once: the decider refuses a larger upload, the file
/// reader stops reading past it, and the hosts bound an upload's body by it.
/// </summary>
public static class ContractUploadLimit
{
    public const long Megabyte = 1024 * 1024;

    public const long MaxBytes = 100 * Megabyte;

    /// <summary><see cref="MaxBytes"/> as the pages and messages say it ("100 MB").</summary>
    public static string InWords => Megabytes(MaxBytes);

    /// <summary>The message for a file over <paramref name="maxBytes"/>, in the words the forms and the API both use.</summary>
    public static string TooLargeMessage(long maxBytes = MaxBytes) =>
        $"The file is larger than {Megabytes(maxBytes)}, the most the service accepts. Upload the contract without embedded media, or split its schedules into separate files.";

    private static string Megabytes(long bytes) => $"{bytes / Megabyte} MB";
}
