using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notices.Api.Security;

/// <summary>
/// The user App Service Authentication puts in <c>X-MS-CLIENT-PRINCIPAL</c>: base64 JSON with the
/// claims and which claim types carry the name and the roles.
/// </summary>
internal sealed record ClientPrincipal(
    [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
    [property: JsonPropertyName("claims")] IReadOnlyList<ClientPrincipalClaim>? Claims,
    [property: JsonPropertyName("name_typ")] string? NameClaimType,
    [property: JsonPropertyName("role_typ")] string? RoleClaimType)
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";
    public const string IdHeader = "X-MS-CLIENT-PRINCIPAL-ID";

    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>Decodes the header; null when it is not base64 JSON of the expected shape.</summary>
    public static ClientPrincipal? Decode(string header)
    {
        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(header));
            return JsonSerializer.Deserialize<ClientPrincipal>(json);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The user as this app knows them: an id, a display name and the app's roles.</summary>
    public ClaimsPrincipal? ToPrincipal(string? principalIdHeader, string scheme)
    {
        var claims = Claims ?? [];
        var nameType = string.IsNullOrEmpty(NameClaimType) ? ClaimTypes.Name : NameClaimType;
        var roleType = string.IsNullOrEmpty(RoleClaimType) ? ClaimTypes.Role : RoleClaimType;
        var id = principalIdHeader
            ?? claims.FirstOrDefault(c => c.Type == ObjectIdClaim)?.Value
            ?? claims.FirstOrDefault(c => c.Type == ClaimTypes.NameIdentifier)?.Value;
        var name = claims.FirstOrDefault(c => c.Type == nameType)?.Value ?? id;
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var roles = claims
            .Where(c => c.Type == roleType || c.Type == "roles")
            .Select(c => c.Value)
            .Where(r => Roles.All.Contains(r, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
        return AppUser.CreatePrincipal(id, name, roles, scheme);
    }
}

internal sealed record ClientPrincipalClaim(
    [property: JsonPropertyName("typ")] string Type,
    [property: JsonPropertyName("val")] string Value);
