using System.Globalization;
using System.Text.Json;

namespace ChainTrace.Cli.Output;

/// <summary>Writes amounts in base units per the CLI contract: JSON integers up to 2^53, decimal strings beyond.</summary>
internal static class JsonAmounts
{
    private static readonly UInt128 MaxSafeInteger = (UInt128)1 << 53;

    public static void Write(Utf8JsonWriter writer, string name, UInt128 amount)
    {
        writer.WritePropertyName(name);
        if (amount <= MaxSafeInteger)
        {
            writer.WriteNumberValue((ulong)amount);
        }
        else
        {
            writer.WriteStringValue(amount.ToString(CultureInfo.InvariantCulture));
        }
    }
}
