using System.Text.Json;

namespace Notices.Api;

/// <summary>
/// A request body's value refused with a message written for the person sending it; the serializer adds where it was
/// (its path), and <see cref="JsonBodyErrors"/> passes the message on as it is.
/// </summary>
internal sealed class JsonBodyException(string message) : JsonException(message);
