using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using OneWindow.EventBus;
using OneWindow.Events;

namespace OneWindow.Deployment.Tests;

/// <summary>
/// Which topics each service really publishes and subscribes to, read from the IL of its built assemblies (the host
/// and its domain): a topic is published where the service constructs its event record (every event goes to the
/// outbox the moment it is made), and consumed where it calls <c>AddSubscription&lt;TEvent, THandler&gt;()</c>. Read
/// from metadata rather than loaded, so no service's dependencies need to resolve in this process.
/// </summary>
public static class EventTraffic
{
    private static readonly Dictionary<string, string> TopicOfEvent = typeof(ApplicationAccepted).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(IntegrationEvent)) && type.GetCustomAttribute<TopicAttribute>() is not null)
        .ToDictionary(type => type.FullName!, EventTopic.Of);

    private static readonly Lazy<IReadOnlyList<(string Service, string Topic, bool Publishes)>> All = new(Read);

    /// <summary>The topics <paramref name="service"/> writes to its outbox.</summary>
    public static IEnumerable<string> PublishedBy(string service) => All.Value.Where(t => t.Service == service && t.Publishes).Select(t => t.Topic).Distinct();

    /// <summary>The topics <paramref name="service"/> subscribes a handler to.</summary>
    public static IEnumerable<string> ConsumedBy(string service) => All.Value.Where(t => t.Service == service && !t.Publishes).Select(t => t.Topic).Distinct();

    private static List<(string Service, string Topic, bool Publishes)> Read() =>
        [.. ChartTests.EventApps.SelectMany(service => BuiltAssemblies(service).SelectMany(Traffic).Select(t => (service, t.Topic, t.Publishes)))];

    /// <summary>
    /// The service's host and domain assemblies (the web console has no domain project) as this test project's build made
    /// them (it builds every service and the console).
    /// </summary>
    private static IEnumerable<string> BuiltAssemblies(string service)
    {
        var project = Directory.GetDirectories(Path.Combine(Repository.Root, "services", service, "src")).Single(d => !d.EndsWith(".Domain", StringComparison.Ordinal));
        var name = Path.GetFileName(project);
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var bin = Path.Combine(project, "bin", output.Parent!.Name, output.Name);
        var files = Directory.Exists($"{project}.Domain") ? new[] { $"{name}.dll", $"{name}.Domain.dll" } : [$"{name}.dll"];
        foreach (var assembly in files.Select(file => Path.Combine(bin, file)))
        {
            Assert.True(File.Exists(assembly), $"{assembly} was not built.");
            yield return assembly;
        }
    }

    private static IEnumerable<(string Topic, bool Publishes)> Traffic(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        var found = new List<(string, bool)>();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var body = metadata.GetMethodDefinition(handle).RelativeVirtualAddress;
            if (body == 0)
            {
                continue;
            }

            foreach (var (opCode, token) in MethodTokens(pe.GetMethodBody(body).GetILReader()))
            {
                var entity = MetadataTokens.EntityHandle(token);
                if (opCode == OpCodes.Newobj.Value && EventConstructed(metadata, entity) is { } constructed)
                {
                    found.Add((constructed, true));
                }
                else if ((opCode == OpCodes.Call.Value || opCode == OpCodes.Callvirt.Value) && SubscribedEvent(metadata, entity) is { } subscribed)
                {
                    found.Add((subscribed, false));
                }
            }
        }

        return found;
    }

    private static string? EventConstructed(MetadataReader metadata, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return null;
        }

        var reference = metadata.GetMemberReference((MemberReferenceHandle)constructor);
        return metadata.GetString(reference.Name) == ".ctor" && TypeName(metadata, reference.Parent) is { } type
            ? TopicOfEvent.GetValueOrDefault(type)
            : null;
    }

    private static string? SubscribedEvent(MetadataReader metadata, EntityHandle method)
    {
        if (method.Kind != HandleKind.MethodSpecification)
        {
            return null;
        }

        var specification = metadata.GetMethodSpecification((MethodSpecificationHandle)method);
        if (specification.Method.Kind != HandleKind.MemberReference)
        {
            return null;
        }

        var generic = metadata.GetMemberReference((MemberReferenceHandle)specification.Method);
        if (metadata.GetString(generic.Name) != nameof(IEventBusBuilder.AddSubscription) || TypeName(metadata, generic.Parent) != typeof(IEventBusBuilder).FullName)
        {
            return null;
        }

        var arguments = specification.DecodeSignature(new TypeNames(), null);
        return TopicOfEvent.GetValueOrDefault(arguments[0]);
    }

    private static string? TypeName(MetadataReader metadata, EntityHandle type) => type.Kind switch
    {
        HandleKind.TypeReference => TypeNames.Of(metadata, (TypeReferenceHandle)type),
        HandleKind.TypeDefinition => TypeNames.Of(metadata, (TypeDefinitionHandle)type),
        _ => null,
    };

    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value, code => code.OperandType);

    /// <summary>Each instruction that carries a metadata token, with its opcode; other operands are skipped by their size.</summary>
    private static List<(short OpCode, int Token)> MethodTokens(BlobReader il)
    {
        var tokens = new List<(short, int)>();
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            switch (Operands[value])
            {
                case OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok or OperandType.InlineField:
                    tokens.Add((value, il.ReadInt32()));
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineI or OperandType.InlineBrTarget or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineI or OperandType.ShortInlineBrTarget or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                default:
                    break;
            }
        }

        return tokens;
    }

    /// <summary>Full names of the types in a generic instantiation's signature; only named types matter here.</summary>
    private sealed class TypeNames : ISignatureTypeProvider<string, object?>
    {
        public static string Of(MetadataReader metadata, TypeReferenceHandle handle)
        {
            var type = metadata.GetTypeReference(handle);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? $"{Of(metadata, (TypeReferenceHandle)type.ResolutionScope)}+{metadata.GetString(type.Name)}"
                : Join(metadata.GetString(type.Namespace), metadata.GetString(type.Name));
        }

        public static string Of(MetadataReader metadata, TypeDefinitionHandle handle)
        {
            var type = metadata.GetTypeDefinition(handle);
            return type.IsNested
                ? $"{Of(metadata, type.GetDeclaringType())}+{metadata.GetString(type.Name)}"
                : Join(metadata.GetString(type.Namespace), metadata.GetString(type.Name));
        }

        private static string Join(string space, string name) => space.Length == 0 ? name : $"{space}.{name}";

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Of(reader, handle);

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => Of(reader, handle);

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => $"{genericType}<{string.Join(',', typeArguments)}>";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSZArrayType(string elementType) => $"{elementType}[]";

        public string GetArrayType(string elementType, ArrayShape shape) => $"{elementType}[{new string(',', shape.Rank - 1)}]";

        public string GetByReferenceType(string elementType) => $"{elementType}&";

        public string GetPointerType(string elementType) => $"{elementType}*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";

        public string GetGenericMethodParameter(object? genericContext, int index) => $"!!{index}";

        public string GetGenericTypeParameter(object? genericContext, int index) => $"!{index}";
    }
}
