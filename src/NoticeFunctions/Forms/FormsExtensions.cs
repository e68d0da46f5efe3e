namespace NoticeFunctions.Forms;

internal static class FormsExtensions
{
    public static void AddForms(this IServiceCollection services)
    {
        services.AddOptions<FormsOptions>()
            .BindConfiguration(FormsOptions.Section)
            .Validate(o => o.PageSize is > 0 and <= 200, "Forms:PageSize must be from 1 to 200.")
            .Validate(o => o.BuyerId.IndexOfAny(['/', '\\', '#', '?']) < 0, "Forms:BuyerId must not contain / \\ # or ?.")
            .ValidateOnStart();
    }
}
