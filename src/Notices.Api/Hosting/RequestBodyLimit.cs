namespace Notices.Api.Hosting;

/// <summary>
/// The most any request body may be, declared once for the hosts that set it: forms and JSON are small, and the
/// contract upload, the one large body, raises its own limit (<see cref="ContractCopies.ContractCopyUploads.MaxRequestBytes"/>).
/// </summary>
public static class RequestBodyLimit
{
    public const long MaxBytes = 1024 * 1024;
}
