namespace Notices.Api;

/// <summary>
/// The JSON API under <c>/api</c>: the same commands and queries as the forms. Writes take a JSON body
/// (415 otherwise, bounded, 400 naming the field when malformed), every endpoint is authorised by role,
/// and the workflow's refusals come back as 422 problem details naming the field.
/// </summary>
internal static class ApiEndpoints
{
    public const string Prefix = "/api";

    public static void AddApi(this IServiceCollection services)
    {
        services.AddScoped<ApiCommands>();
        services.AddSingleton<ServedAuthority>();
        // A query value that cannot be read answers a plain 400, worded by ApiStatusProblems, in every environment:
        // thrown (Development's default), its message would name the code's parameter types.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.AddOptions<AuthorityOptions>()
            .BindConfiguration(AuthorityOptions.Section)
            // The id goes into links and table keys, where these characters would change their meaning.
            .Validate(o => o.BuyerId.IndexOfAny(['/', '\\', '#', '?']) < 0, "Authority:BuyerId must not contain / \\ # or ?.")
            .ValidateOnStart();
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Notice Functions API";
                document.Info.Description =
                    "Procurements under the Procurement Act 2023 and their transparency notices. Sign-in is App Service Authentication; " +
                    "roles are Commissioner, Approver and Administrator. Errors are RFC 9457 problem details naming the field. " +
                    "A deployment serves one contracting authority. Amounts are pounds sterling including VAT, as the Act counts them.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<NoticeContentSchemas>();
            // Every amount a request or an answer gives is described by the one rule for amounts.
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonPropertyInfo?.PropertyType is { } type && (Nullable.GetUnderlyingType(type) ?? type) == typeof(decimal))
                {
                    schema.Description = Pounds.Description;
                    schema.Format = null;
                    schema.MultipleOf = Pounds.Penny;
                }

                return Task.CompletedTask;
            });
        });
    }

    public static void MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).DisableAntiforgery().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapProcurementEndpoints();
        api.MapNoticeEndpoints();
        api.MapContractEndpoints();
        api.MapInboxEndpoints();
        api.MapContractCopyEndpoints();
        api.MapExportEndpoints();
        endpoints.MapOpenApi(Prefix + "/openapi.json").AllowAnonymous().WithName(ApiFunctionNames.OpenApiDocument);
    }
}
