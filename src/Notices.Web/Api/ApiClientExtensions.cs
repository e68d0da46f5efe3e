using Microsoft.Extensions.Options;

namespace Notices.Web.Api;

internal static class ApiClientExtensions
{
    /// <summary>
    /// The API client the pages use, sending calls as the signed-in person, at <c>Api:BaseUrl</c>; where that is not
    /// set, at the address <paramref name="otherwise"/> gives (asked each time a client is made, so a host may give its
    /// own address once it is listening).
    /// </summary>
    public static void AddNoticesApiClient(this IServiceCollection services, Func<IServiceProvider, Uri>? otherwise = null)
    {
        services.AddOptions<ApiClientOptions>().BindConfiguration(ApiClientOptions.Section);
        services.AddHttpContextAccessor();
        services.AddTransient<SignedInPersonForwarding>();
        services.AddHttpClient<NoticesApiClient>((sp, client) => client.BaseAddress = ApiBase(
                sp.GetRequiredService<IOptions<ApiClientOptions>>().Value.BaseUrl
                ?? otherwise?.Invoke(sp)
                ?? throw new InvalidOperationException($"Set {ApiClientOptions.Section}:BaseUrl to the API's address, so the forms can reach it.")))
            .AddHttpMessageHandler<SignedInPersonForwarding>();
    }

    // The client's paths are relative to the API's prefix, so the base address ends with it and a slash.
    private static Uri ApiBase(Uri address) => new(address, Notices.Api.ApiEndpoints.Prefix.TrimStart('/') + "/");
}
