using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notices.Api;

/// <summary>
/// The one rule for an amount of money the API takes: a plain decimal number of pounds sterling, including VAT (the
/// Procurement Act's values, and so its thresholds, count VAT), at most 2 decimal places, no exponent, not negative.
/// </summary>
internal static class Pounds
{
    /// <summary>Whether amounts include VAT: said once here, in every answer and in the API's description.</summary>
    public const bool IncludeVat = true;

    /// <summary>What a money field holds, as the API's description of every money field and its refusals say it.</summary>
    public const string Description =
        "An amount in pounds sterling including VAT, as the Procurement Act counts it: a plain number with at most 2 decimal places and no exponent, such as 125000.50.";

    /// <summary>The smallest step of an amount: at most 2 decimal places.</summary>
    public const decimal Penny = 0.01m;

    public const string Refusal =
        "Give the amount as a plain number of pounds including VAT, with at most 2 decimal places and no exponent or minus sign, such as 125000.50";

    /// <summary>Reads a request's amount, refusing (naming the field, by its path) anything but the plain form.</summary>
    public sealed class Converter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new JsonBodyException(Refusal);
            }

            var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            if (!IsPlain(raw) || !reader.TryGetDecimal(out var value))
            {
                throw new JsonBodyException(Refusal);
            }

            return value;
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

        /// <summary>Digits, then optionally a point and one or two digits.</summary>
        private static bool IsPlain(ReadOnlySpan<byte> raw)
        {
            var point = raw.IndexOf((byte)'.');
            var whole = point < 0 ? raw : raw[..point];
            var pence = point < 0 ? [] : raw[(point + 1)..];
            return whole.Length > 0 && AllDigits(whole) && (point < 0 || (pence.Length is 1 or 2 && AllDigits(pence)));
        }

        private static bool AllDigits(ReadOnlySpan<byte> span) => !span.ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }
}
