using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Notices.Api.ContractCopies;

/// <summary>
/// For a page that reads a multipart upload itself: model binding must not read the form first (its form value
/// providers would buffer the whole file), and the body may be as large as <see cref="ContractCopyUploads.MaxRequestBytes"/>
/// rather than the app's usual <see cref="Hosting.RequestBodyLimit.MaxBytes"/>. Both have to be settled before anything reads the body.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class StreamedUploadAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ContractCopyUploads.MaxRequestBytes;
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
