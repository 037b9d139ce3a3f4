using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace ChainTrace.Bitcoin;

/// <summary>
/// A Bitcoin network: the magic bytes that frame its blocks in <c>blk*.dat</c> files and its address encodings
/// (Base58Check version bytes and the bech32 human-readable part).
/// </summary>
/// <remarks>
/// The five instances are the only ones; compare them by reference. Testnet3 and testnet4 share their address
/// encodings (and signet uses the same ones), so an address alone cannot tell those networks apart.
/// </remarks>
public sealed class BitcoinNetwork
{
    private readonly byte[] _magic;

    private BitcoinNetwork(string name, uint magic, byte pubKeyHashVersion, byte scriptHashVersion, string bech32Hrp)
    {
        Name = name;
        Magic = magic;
        _magic = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(_magic, magic);
        PubKeyHashVersion = pubKeyHashVersion;
        ScriptHashVersion = scriptHashVersion;
        Bech32Hrp = bech32Hrp;
    }

    /// <summary>Mainnet: magic <c>f9beb4d9</c>, P2PKH version 0x00 (<c>1…</c>), P2SH 0x05 (<c>3…</c>), HRP <c>bc</c>.</summary>
    public static BitcoinNetwork Main { get; } = new("main", 0xF9BEB4D9, 0x00, 0x05, "bc");

    /// <summary>Testnet3: magic <c>0b110907</c>, P2PKH version 0x6f (<c>m…/n…</c>), P2SH 0xc4 (<c>2…</c>), HRP <c>tb</c>.</summary>
    public static BitcoinNetwork Testnet { get; } = new("test", 0x0B110907, 0x6F, 0xC4, "tb");

    /// <summary>Testnet4 (BIP94): magic <c>1c163f28</c>, the same address encodings as testnet3.</summary>
    public static BitcoinNetwork Testnet4 { get; } = new("testnet4", 0x1C163F28, 0x6F, 0xC4, "tb");

    /// <summary>The default signet: magic <c>0a03cf40</c>, the same address encodings as testnet3.</summary>
    public static BitcoinNetwork Signet { get; } = new("signet", 0x0A03CF40, 0x6F, 0xC4, "tb");

    /// <summary>Regtest: magic <c>fabfb5da</c>, testnet Base58 versions, HRP <c>bcrt</c>.</summary>
    public static BitcoinNetwork Regtest { get; } = new("regtest", 0xFABFB5DA, 0x6F, 0xC4, "bcrt");

    /// <summary>All five networks, mainnet first.</summary>
    public static IReadOnlyList<BitcoinNetwork> All { get; } = [Main, Testnet, Testnet4, Signet, Regtest];

    /// <summary>The name Bitcoin Core uses for the chain (<c>main</c>, <c>test</c>, <c>testnet4</c>, <c>signet</c>, <c>regtest</c>).</summary>
    public string Name { get; }

    /// <summary>The four magic bytes read as a big-endian integer, e.g. <c>0xF9BEB4D9</c> for mainnet.</summary>
    public uint Magic { get; }

    /// <summary>The four magic bytes in the order they appear in <c>blk*.dat</c> files and on the wire.</summary>
    public ReadOnlySpan<byte> MagicBytes => _magic;

    /// <summary>The Base58Check version byte of P2PKH addresses.</summary>
    public byte PubKeyHashVersion { get; }

    /// <summary>The Base58Check version byte of P2SH addresses.</summary>
    public byte ScriptHashVersion { get; }

    /// <summary>The lowercase human-readable part of segwit (bech32/bech32m) addresses.</summary>
    public string Bech32Hrp { get; }

    /// <summary>Finds the network whose magic bytes are the first four bytes of <paramref name="magic"/>.</summary>
    /// <returns>False (never throws) when fewer than four bytes are given or no network uses them.</returns>
    public static bool TryFromMagic(ReadOnlySpan<byte> magic, [NotNullWhen(true)] out BitcoinNetwork? network)
    {
        if (magic.Length < 4)
        {
            network = null;
            return false;
        }

        return TryFromMagic(BinaryPrimitives.ReadUInt32BigEndian(magic), out network);
    }

    /// <summary>Finds the network whose <see cref="Magic"/> (big-endian reading of the bytes) is <paramref name="magic"/>.</summary>
    /// <returns>False when no network uses this magic.</returns>
    public static bool TryFromMagic(uint magic, [NotNullWhen(true)] out BitcoinNetwork? network)
    {
        foreach (var candidate in All)
        {
            if (candidate.Magic == magic)
            {
                network = candidate;
                return true;
            }
        }

        network = null;
        return false;
    }

    /// <summary>
    /// Finds a network by name, ignoring case: Core's chain names (<c>main</c>, <c>test</c>, <c>testnet4</c>,
    /// <c>signet</c>, <c>regtest</c>) and the common aliases <c>mainnet</c>, <c>bitcoin</c>, <c>testnet</c>,
    /// <c>testnet3</c>.
    /// </summary>
    /// <returns>False (never throws) for null or an unknown name.</returns>
    public static bool TryFromName(string? name, [NotNullWhen(true)] out BitcoinNetwork? network)
    {
        network = name?.Trim().ToUpperInvariant() switch
        {
            "MAIN" or "MAINNET" or "BITCOIN" => Main,
            "TEST" or "TESTNET" or "TESTNET3" => Testnet,
            "TESTNET4" => Testnet4,
            "SIGNET" => Signet,
            "REGTEST" => Regtest,
            _ => null,
        };
        return network is not null;
    }

    /// <summary>Returns <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
