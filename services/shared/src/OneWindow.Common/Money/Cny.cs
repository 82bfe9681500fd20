using System.Globalization;
using OneWindow.Common.Errors;

namespace OneWindow.Common.Money;

/// <summary>
/// An amount of renminbi in yuan. Fees are settled in fen, so every operation that could produce
/// fractions of a fen asks for a rounding mode instead of choosing one silently.
/// </summary>
public readonly record struct Cny(decimal Yuan)
{
    /// <summary>No money.</summary>
    public static Cny Zero { get; } = new(0m);

    /// <summary>
    /// The amount in fen. Throws <see cref="DomainException"/> (<c>money-precision</c>) when the amount has
    /// fractions of a fen, rather than rounding them away.
    /// </summary>
    public long Fen
    {
        get
        {
            if (decimal.Round(Yuan, 2) != Yuan)
            {
                throw new DomainException(
                    DomainErrorKind.Invalid,
                    "money-precision",
                    $"{Yuan.ToString(CultureInfo.InvariantCulture)} yuan is not a whole number of fen; round it first.");
            }

            return decimal.ToInt64(Yuan * 100m);
        }
    }

    /// <summary>An exact amount from fen.</summary>
    public static Cny FromFen(long fen) => new(fen / 100m);

    /// <summary>An amount rounded to whole fen with the given rounding mode.</summary>
    public static Cny Of(decimal amount, MidpointRounding rounding) => new(decimal.Round(amount, 2, rounding));

    /// <summary>This amount rounded to whole fen; banker's rounding unless told otherwise.</summary>
    public Cny Round(MidpointRounding mode = MidpointRounding.ToEven) => Of(Yuan, mode);

    /// <summary>This amount times <paramref name="factor"/> (a rate or a quantity), rounded to whole fen.</summary>
    public Cny Multiply(decimal factor, MidpointRounding rounding) => Of(Yuan * factor, rounding);

    /// <summary>
    /// Splits this amount into <paramref name="parts"/> amounts that differ by at most one fen and sum
    /// exactly to it; the leftover fen go to the first parts.
    /// </summary>
    public Cny[] Allocate(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parts);
        var (share, remainder) = Math.DivRem(Fen, parts);
        var step = Math.Sign(remainder);
        var result = new Cny[parts];
        for (var i = 0; i < parts; i++)
        {
            result[i] = FromFen(share + (i < Math.Abs(remainder) ? step : 0));
        }

        return result;
    }

    /// <summary>Adds two amounts; exact, as both are decimals.</summary>
    public static Cny operator +(Cny left, Cny right) => new(left.Yuan + right.Yuan);

    /// <summary>Subtracts two amounts; exact, as both are decimals.</summary>
    public static Cny operator -(Cny left, Cny right) => new(left.Yuan - right.Yuan);

    /// <summary>Named alternative to <c>+</c>.</summary>
    public static Cny Add(Cny left, Cny right) => left + right;

    /// <summary>Named alternative to <c>-</c>.</summary>
    public static Cny Subtract(Cny left, Cny right) => left - right;

    /// <summary>The amount as shown to people, e.g. <c>¥1,234.50</c> or <c>-¥3.00</c>, whatever the current culture.</summary>
    public override string ToString()
    {
        var magnitude = Math.Abs(Yuan).ToString("#,##0.00##########", CultureInfo.InvariantCulture);
        return Yuan < 0 ? $"-¥{magnitude}" : $"¥{magnitude}";
    }
}
