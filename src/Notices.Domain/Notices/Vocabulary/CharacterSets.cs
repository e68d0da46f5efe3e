using System.Buffers;

namespace Notices.Domain.Notices;

internal static class CharacterSets
{
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    public static readonly SearchValues<char> LowercaseHex = SearchValues.Create("0123456789abcdef");
}
