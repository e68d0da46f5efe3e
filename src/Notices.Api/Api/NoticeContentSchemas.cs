using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Notices.Domain.Notices;
using Notices.Workflow.Law;

namespace Notices.Api;

/// <summary>
/// Gives the API's description the content of each drafted notice type: one schema per type (<c>UK4NoticeContent</c>
/// and so on) with an example, described from the notice JSON's own serializer settings (so its camelCase values are
/// as the API reads them), and the <c>content</c> of a draft or an amendment as one of them, chosen by <c>noticeType</c>.
/// </summary>
internal sealed class NoticeContentSchemas : IOpenApiDocumentTransformer
{
    private const string Content = "content";

    private static readonly string[] Requests = [nameof(DraftNoticeRequest), nameof(AmendNoticeRequest)];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var models = NoticeJson.Options.GetTypeInfo(typeof(Notice)).PolymorphismOptions!.DerivedTypes
            .ToDictionary(d => (string)d.TypeDiscriminator!, d => d.DerivedType, StringComparer.Ordinal);
        var choices = new List<IOpenApiSchema>();
        var mapping = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal);
        foreach (var type in DraftedNotices.Types)
        {
            var name = $"{type}NoticeContent";
            document.Components.Schemas[name] = Describe(type, models[type.ToString()], document);
            var reference = new OpenApiSchemaReference(name, document);
            choices.Add(reference);
            mapping[type.ToString()] = reference;
        }

        foreach (var request in Requests)
        {
            if (document.Components.Schemas.TryGetValue(request, out var schema) && schema is OpenApiSchema { Properties: { } properties })
            {
                properties[Content] = new OpenApiSchema
                {
                    Description = "The notice's content as the notice JSON: the schema of its type, chosen by noticeType (a draft's type when amending).",
                    OneOf = choices,
                    Discriminator = new OpenApiDiscriminator { PropertyName = NoticeJson.TypeProperty, Mapping = mapping },
                };
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Describe(NoticeType type, Type model, OpenApiDocument document)
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(NoticeJson.Options, model, new JsonSchemaExporterOptions { TransformSchemaNode = Refine });
        if (node is JsonObject schema)
        {
            var properties = schema["properties"] as JsonObject ?? [];
            schema["properties"] = properties;
            // Set on a notice read from a published release, never given when drafting.
            properties.Remove("publication");
            properties.Remove("publishedRelease");
            properties.Insert(0, NoticeJson.TypeProperty, new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(type.ToString()) });
            schema["required"] = new JsonArray(NoticeJson.TypeProperty);
            schema["description"] = $"The content of a {NoticeNames.Of(type)}. Any field may be left out while it is a draft; submitting it says what is missing.";
        }

        var described = new OpenApiJsonReader().ReadFragment<OpenApiSchema>(node, OpenApiSpecVersion.OpenApi3_1, document, out _)
            ?? new OpenApiSchema();
        described.Examples = [JsonNode.Parse(NoticeExamples.For(type))!];
        return described;
    }

    /// <summary>
    /// What the exporter cannot see for itself: the values of the notice JSON's enums (written by its own converter, in
    /// camelCase) and what each amount of money is, with or without VAT.
    /// </summary>
    private static JsonNode Refine(JsonSchemaExporterContext context, JsonNode schema)
    {
        // "Anything" is written as the schema true, which the description's reader does not take; {} says the same.
        if (schema is JsonValue)
        {
            schema = new JsonObject();
        }

        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (type.IsEnum)
        {
            var values = new JsonArray();
            foreach (var value in Enum.GetValues(type))
            {
                values.Add(JsonSerializer.SerializeToNode(value, type, NoticeJson.Options));
            }

            schema = new JsonObject { ["type"] = "string", ["enum"] = values };
        }

        if (context.PropertyInfo?.DeclaringType == typeof(Money) && schema is JsonObject money)
        {
            money["description"] = context.PropertyInfo.Name switch
            {
                "amount" => "The amount in pounds excluding VAT (OCDS amount).",
                "amountGross" => "The amount in pounds including VAT (OCDS amountGross): the Procurement Act's values, and so its thresholds, include VAT.",
                _ => money["description"]?.DeepClone(),
            };
        }

        return schema;
    }
}
