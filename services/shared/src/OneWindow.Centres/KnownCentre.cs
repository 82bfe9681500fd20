namespace OneWindow.Centres;

/// <summary>A service's copy of one centre's register entry, as the last <c>centre-changed</c> it handled left it.</summary>
public sealed class KnownCentre
{
    private KnownCentre(string code)
    {
        Code = code;
    }

    public string Code { get; private set; }

    public int Version { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Address { get; private set; } = string.Empty;

    public string Phone { get; private set; } = string.Empty;

    /// <summary>Daily, China time, "08:30-17:00".</summary>
    public string OpeningHours { get; private set; } = string.Empty;

    public bool Open { get; private set; }

    public static KnownCentre For(string code) => new(code);

    /// <summary>A centre the copy has not heard of, named by its code.</summary>
    public static KnownCentre Unheard(string code) => new(code) { Name = code };

    /// <summary>Takes a version of the entry; an older or repeated one (a late redelivery) changes nothing.</summary>
    public bool Take(int version, string name, string address, string phone, string openingHours, bool open)
    {
        if (version <= Version)
        {
            return false;
        }

        (Version, Name, Address, Phone, OpeningHours, Open) = (version, name, address, phone, openingHours, open);
        return true;
    }
}
