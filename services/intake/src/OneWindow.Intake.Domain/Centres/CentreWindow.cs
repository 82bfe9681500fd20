using OneWindow.Common.Vocabulary;

namespace OneWindow.Intake.Domain.Centres;

/// <summary>A window the centre has, numbered as painted above it, and the queue it serves by default.</summary>
public sealed record CentreWindow(string Number, WindowType Type);
