namespace OneWindow.DemoDistrict;

public sealed record DemoWindow(string Number, DemoWindowType Type);
