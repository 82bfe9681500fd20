using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;

namespace OneWindow.Intake.Seed;

/// <summary>The demo district's window types in intake's words, for the register's entries and the windows seeded.</summary>
internal static class DemoWindowTypes
{
    public static WindowType Of(DemoWindowType type) => type switch
    {
        DemoWindowType.PolicyConsultation => WindowType.PolicyConsultation,
        DemoWindowType.Payment => WindowType.Payment,
        _ => WindowType.Comprehensive,
    };
}
