namespace Notices.Api.Hosting;

internal static class NoSniffExtensions
{
    /// <summary>Browsers must take each answer as the type it says (JSON is never sniffed into HTML).</summary>
    public static IApplicationBuilder UseNoSniff(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
}
