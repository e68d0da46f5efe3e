using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Notices.Api.ContractCopies;
using Notices.Web.Forms;
using Notices.Api.Security;
using Notices.Web.Api;

namespace Notices.Web.Pages.ContractCopies;

/// <summary>
/// Upload the signed contract for a copy. The file streams from the request straight to the private originals
/// container: the form is read section by section, never as a whole, so the largest contract is never held in
/// memory or buffered to disk. The anti-forgery token is the form's first field and is checked before the file
/// is read (the usual check would read, and so buffer, the whole form first).
/// </summary>
[Authorize(Policy = Policies.Commissioner)]
[IgnoreAntiforgeryToken]
[StreamedUpload]
internal sealed class UploadModel(
    NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
    : ContractCopyPage(api, clock, options)
{
    private const int MaxTokenLength = 4096;

    public async Task<IActionResult> OnGetAsync(string id, string copyKey) => await LoadAsync(id, copyKey) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, string copyKey)
    {
        if (await LoadAsync(id, copyKey) is { } notFound)
        {
            return notFound;
        }

        if (Request.ContentLength > ContractCopyUploads.MaxRequestBytes)
        {
            return Refuse(ContractCopyUploads.TooLargeMessage);
        }

        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Refuse("Select the signed contract to upload.");
        }

        try
        {
            var reader = new MultipartReader(boundary, Request.Body);
            if (!await ValidTokenAsync(await reader.ReadNextSectionAsync(HttpContext.RequestAborted)))
            {
                return BadRequest();
            }

            var section = await reader.ReadNextSectionAsync(HttpContext.RequestAborted);
            var disposition = section?.GetContentDispositionHeader();
            var fileName = disposition is null ? null : HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            if (section is null || disposition?.Name.Value?.Trim('"') != "file" || string.IsNullOrWhiteSpace(fileName))
            {
                return Refuse("Select the signed contract to upload.");
            }

            if (ContractCopyUploads.Claimed(section.ContentType, fileName) is not { } claimed)
            {
                return Refuse($"The file \u2018{fileName}\u2019 is not a type the service accepts. {ContractCopyUploads.UnsupportedTypeMessage}");
            }

            var result = await Api.UploadContractCopyAsync(id, copyKey, section.Body, ContractCopyUploads.MediaType(claimed), fileName, Aborted);
            if (!result.Succeeded)
            {
                Refused(result, _ => "file");
                return Page();
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(ContractCopyUploads.TooLargeMessage);
        }

        return RedirectToPage("/ContractCopies/Redactions", new { id, copyKey });
    }

    private PageResult Refuse(string message)
    {
        Errors.Add("file", message);
        return Page();
    }

    /// <summary>The form's first field must be the anti-forgery token; it is checked as if it had come as a header.</summary>
    private async Task<bool> ValidTokenAsync(MultipartSection? section)
    {
        if (section?.GetContentDispositionHeader() is not { } disposition
            || disposition.Name.Value?.Trim('"') != antiforgeryOptions.Value.FormFieldName)
        {
            return false;
        }

        var buffer = new char[MaxTokenLength + 1];
        using var text = new StreamReader(section.Body);
        var length = await text.ReadBlockAsync(buffer, HttpContext.RequestAborted);
        if (length > MaxTokenLength)
        {
            return false;
        }

        Request.Headers[antiforgeryOptions.Value.HeaderName!] = new string(buffer, 0, length);
        return await antiforgery.IsRequestValidAsync(HttpContext);
    }
}
