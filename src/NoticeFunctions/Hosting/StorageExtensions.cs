namespace NoticeFunctions.Hosting;

internal static class StorageExtensions
{
    /// <summary>
    /// The storage account, connected at start-up (after Azurite, when the app starts one). The
    /// startup service is registered before every other hosted service so they start after it.
    /// </summary>
    public static void AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StorageConnection>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<StorageConnection>().Account);
        builder.Services.AddHostedService<StorageStartup>();
    }
}
