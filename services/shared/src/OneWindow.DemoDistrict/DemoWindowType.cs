namespace OneWindow.DemoDistrict;

public enum DemoWindowType
{
    PolicyConsultation,
    Comprehensive,
    Payment,
}
