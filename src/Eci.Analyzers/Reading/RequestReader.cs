using System.Collections.Generic;
using Eci.Analyzers.Sdk;
using Eci.ImagePull;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>Reads one request creation into the rules engine's <see cref="PullSettings"/>.</summary>
internal sealed class RequestReader
{
    private readonly EciKnownTypes _types;
    private readonly BodyIndex _index;
    private readonly ValueReader _values;
    private readonly RequestFlow _flow;
    private readonly System.Threading.CancellationToken _cancellationToken;

    public RequestReader(EciKnownTypes types, BodyIndex index, ValueReader values, RequestFlow flow, System.Threading.CancellationToken cancellationToken)
    {
        _types = types;
        _index = index;
        _values = values;
        _flow = flow;
        _cancellationToken = cancellationToken;
    }

    public RequestModel? Read(IObjectCreationOperation creation, RegistryKnowledge knowledge)
    {
        var shape = _types.GetShape(creation.Type);
        if (shape is null)
        {
            return null;
        }

        var model = Read(creation, ViewOf(creation, out var usage), knowledge, usage);
        if (model is not null)
        {
            RecordSend(model, creation);
        }

        return model;
    }

    /// <summary>Where the request is sent (for ECI012): through its local, or as the creation handed straight on.</summary>
    private void RecordSend(RequestModel model, IObjectCreationOperation creation)
    {
        var node = Conversions.Outermost(creation);
        ILocalSymbol? local = node.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } => target.Local,
            _ => null,
        };

        if (local is not null)
        {
            var usage = _index.GetUsage(local);
            model.Local = local;
            model.SendCall = usage?.SendCalls is { Count: > 0 } calls ? calls[0] : null;
            model.IsPreflighted = usage?.IsPreflighted == true;
        }
        else if (node.Parent is IArgumentOperation { Parent: IInvocationOperation call }
            && _flow.UseOf(node, RequestFlow.MaxCallChain, _cancellationToken) == RequestUse.Sent)
        {
            model.SendCall = call;
        }
    }

    private RequestModel? Read(IObjectCreationOperation creation, ObjectView request, RegistryKnowledge knowledge, LocalUsage? usage, BuiltRequest? built = null)
    {
        // A send that surely read the request ends what its list locals can still add to it.
        _values.SentAt = usage is { FirstSendSettles: true, SendCalls: { Count: > 0 } sends } ? sends[0].Syntax.Span.End : null;
        try
        {
            return ReadSettings(creation, request, knowledge, usage, built);
        }
        finally
        {
            _values.SentAt = null;
        }
    }

    private RequestModel? ReadSettings(IObjectCreationOperation creation, ObjectView request, RegistryKnowledge knowledge, LocalUsage? usage, BuiltRequest? built)
    {
        var shape = _types.GetShape(creation.Type);
        if (shape is null)
        {
            return null;
        }

        // Constructors of a derived request and writer methods called on the local complete the request.
        request.Applied = AppliedWriters.For(creation, usage, _types, _flow, _values.Strings, _cancellationToken, out var unknownWriter);
        if (unknownWriter)
        {
            request.MarkEscaped();
        }

        if (built is not null && built.Chain.Count > 0)
        {
            // The builder's fluent calls run before anything the caller writes to the request it got.
            var chain = new List<AppliedWriter>(built.Chain.Count + (request.Applied?.Count ?? 0));
            foreach (var (call, writer) in built.Chain)
            {
                chain.Add(new AppliedWriter(writer, call, ParameterBindings.For(call, writer.Method, writer.Body!, _values.Strings), isConstructor: false));
            }

            if (request.Applied is { } later)
            {
                chain.AddRange(later);
            }

            request.Applied = chain;
        }

        var settings = new PullSettings { Knowledge = knowledge, SupportsRegistryLists = shape.HasRegistryLists, Parses = _flow.Parses };
        var model = new RequestModel(shape, creation, settings)
        {
            IsWrittenElsewhere = request.Applied is not null || _types.IsDerivedRequest(creation.Type),
        };

        if (shape.HasStringImages)
        {
            ReadStringImages(_values.ReadList(request, ModelMember.Image), settings);
        }
        else
        {
            ReadContainerImages(_values.ReadList(request, ModelMember.Container), settings);
            ReadContainerImages(_values.ReadList(request, ModelMember.InitContainer), settings);
        }

        ReadElasticIp(request, model);

        if (shape.HasRegistryLists)
        {
            settings.PlainHttpRegistry = ToListInput(_values.ReadString(request, ModelMember.PlainHttpRegistry), out var plainHttp);
            settings.InsecureRegistry = ToListInput(_values.ReadString(request, ModelMember.InsecureRegistry), out var insecure);
            model.PlainHttpValue = plainHttp;
            model.InsecureValue = insecure;
        }

        var region = _values.ReadString(request, ModelMember.RegionId);
        settings.RegionId = region.State == ValueState.Known ? region.Text : null;

        ReadCredentials(_values.ReadList(request, ModelMember.ImageRegistryCredential), model);
        ReadAcrRegistryInfo(_values.ReadList(request, ModelMember.AcrRegistryInfo), settings);
        return model;
    }

    /// <summary>
    /// A request a factory method created and the caller completes: the factory's initializer, then the caller's writes to
    /// the local. Null when the local is written again (which request is sent then depends on the path).
    /// </summary>
    public RequestModel? ReadFactoryMade(IObjectCreationOperation creation, ILocalSymbol local, RegistryKnowledge knowledge, BuiltRequest? built = null)
    {
        var usage = _index.GetUsage(local);
        if (usage is null || usage.Assignments.Count != 1)
        {
            return null;
        }

        return Read(creation, new ObjectView(creation, usage, escapes: false), knowledge, usage, built);
    }

    /// <summary>A request a builder chain handed out straight to a call (a send, a wrapper), read as that call treats it.</summary>
    public RequestModel? ReadBuiltHandedOn(BuiltRequest built, IInvocationOperation build, RegistryKnowledge knowledge)
    {
        var use = _flow.UseOf(Conversions.Outermost(build), RequestFlow.MaxCallChain, _cancellationToken);
        return Read(built.Creation, new ObjectView(built.Creation, local: null, escapes: use == RequestUse.Escapes), knowledge, usage: null, built);
    }

    /// <summary>A request a builder chain handed out (<see cref="BuilderRequests"/>), completed by the caller through its local.</summary>
    public RequestModel? ReadBuilt(BuiltRequest built, ILocalSymbol local, RegistryKnowledge knowledge) =>
        ReadFactoryMade(built.Creation, local, knowledge, built);

    /// <summary>The request object, followed through the local that holds it when there is one.</summary>
    private ObjectView ViewOf(IObjectCreationOperation creation, out LocalUsage? usage)
    {
        var node = Conversions.Outermost(creation);
        usage = null;
        switch (node.Parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                usage = _index.GetUsage(declarator.Symbol);
                return ViewThroughLocal(creation, declarator.Symbol);
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == node:
                usage = _index.GetUsage(target.Local);
                return ViewThroughLocal(creation, target.Local);
            default:
                // Handed straight to a send method or to a wrapper that forwards it, or returned, stored, handed on.
                var use = _flow.UseOf(node, RequestFlow.MaxCallChain, _cancellationToken);
                return new ObjectView(creation, local: null, escapes: use == RequestUse.Escapes);
        }
    }

    private ObjectView ViewThroughLocal(IObjectCreationOperation creation, ILocalSymbol local)
    {
        var usage = _index.GetUsage(local);
        var reassigned = usage is null || usage.Assignments.Count != 1;
        return new ObjectView(creation, usage, escapes: reassigned);
    }

    /// <summary>
    /// Whether the instance gets a public address: EipInstanceId (CreateContainerGroup, CreateImageCache, UpdateImageCache) or
    /// AutoCreateEip = true (CreateContainerGroup). UpdateContainerGroup has neither, so it stays unknown.
    /// </summary>
    private void ReadElasticIp(ObjectView request, RequestModel model)
    {
        var settings = model.Settings;
        if (model.Shape.Kind == RequestKind.UpdateContainerGroup)
        {
            return;
        }

        settings.SupportsAutoCreateEip = model.Shape.Kind == RequestKind.CreateContainerGroup;
        var eip = _values.ReadString(request, ModelMember.EipInstanceId);
        bool? autoCreate = false;
        if (settings.SupportsAutoCreateEip)
        {
            autoCreate = ReadBoolean(request, ModelMember.AutoCreateEip, out var source);
            model.AutoCreateEipValue = source;
        }

        if ((eip.State == ValueState.Known && !string.IsNullOrEmpty(eip.Text)) || autoCreate == true)
        {
            settings.HasElasticIp = true;
        }
        else if (eip.State != ValueState.Unknown && autoCreate == false)
        {
            settings.HasElasticIp = false;
        }
    }

    /// <summary>A <c>bool?</c> member: false when absent or constant false, true when constant true, null when unknown.</summary>
    private bool? ReadBoolean(ObjectView view, ModelMember member, out IOperation? source)
    {
        source = null;
        var writes = view.Writes(member);
        if (view.IsUnknownMember(member) || (writes.Count == 0 && view.Escapes) || AppliedWriters.Touch(view, member))
        {
            return null;
        }

        if (writes.Count == 0)
        {
            return false;
        }

        if (writes.Count > 1 || !writes[0].IsUnconditional)
        {
            return null;
        }

        var value = ValueReader.Unwrap(writes[0].Value);
        source = value;
        return value.ConstantValue switch
        {
            { HasValue: true, Value: bool flag } => flag,
            { HasValue: true, Value: null } => false,
            _ => null,
        };
    }

    private void ReadContainerImages(ListValue containers, PullSettings settings)
    {
        settings.HasUnknownImages |= !containers.IsComplete;
        for (var i = 0; i < containers.Count; i++)
        {
            var container = _values.ReadObject(containers, i);
            if (container is null || !_types.IsContainerType(container.Creation.Type))
            {
                settings.Images.Add(new ImageInput(null));
                continue;
            }

            AddImage(_values.ReadString(container, ModelMember.Image), settings);
        }
    }

    private void ReadStringImages(ListValue images, PullSettings settings)
    {
        settings.HasUnknownImages |= !images.IsComplete;
        for (var i = 0; i < images.Count; i++)
        {
            AddImage(_values.ReadScalar(images, i), settings);
        }
    }

    /// <summary>
    /// A known image is judged whole. A partial one (`$"{Registry}/app:{version}"`) is judged on its registry only. Each
    /// constant arm of a choice is judged on its own, as if it were the image, and an arm that cannot be seen makes the
    /// request's images incomplete.
    /// </summary>
    private static void AddImage(ScalarValue image, PullSettings settings)
    {
        if (image.Arms is { } arms)
        {
            foreach (var arm in arms)
            {
                AddImage(arm, settings);
            }

            if (image.HasUnknownArm)
            {
                settings.Images.Add(new ImageInput(null));
            }

            return;
        }

        if (image.State == ValueState.Known)
        {
            settings.Images.Add(new ImageInput(image.Text, image.Operation!.Syntax));
        }
        else if (image.IsPartial && PartialImages.RegistryProbe(image.Text!) is { } probe)
        {
            settings.Images.Add(ImageInput.RegistryOnly(probe, image.Display!, image.Operation!.Syntax));
        }
        else
        {
            settings.Images.Add(new ImageInput(null));
        }
    }

    private RegistryListInput ToListInput(ScalarValue value, out IOperation? source)
    {
        source = value.Operation;
        return value.State switch
        {
            ValueState.Known when value.Text is { } text => RegistryListInput.Known(text, value.Operation!.Syntax, _flow.Parses.List(text)),
            ValueState.Known => RegistryListInput.Absent, // a constant null: not set
            ValueState.Absent => RegistryListInput.Absent,
            _ => RegistryListInput.Unknown,
        };
    }

    private void ReadCredentials(ListValue credentials, RequestModel model)
    {
        var settings = model.Settings;
        settings.HasUnknownCredentials = !credentials.IsComplete || credentials.State == ValueState.Unknown;
        model.CredentialListAbsent = credentials.State == ValueState.Absent && credentials.IsComplete;
        model.CredentialListValue = credentials.AssignedValue;
        for (var i = 0; i < credentials.Count; i++)
        {
            var credential = _values.ReadObject(credentials, i);
            if (credential is null || !_types.IsCredentialType(credential.Creation.Type))
            {
                settings.Credentials.Add(new CredentialInput(null));
                continue;
            }

            var server = _values.ReadString(credential, ModelMember.Server);
            var password = _values.ReadString(credential, ModelMember.Password);
            var constantPassword = ConstantPassword(password);
            switch (server.State)
            {
                case ValueState.Known:
                    settings.Credentials.Add(new CredentialInput(_flow.Parses.Server(server.Text!), server.Operation!.Syntax) { ConstantPasswordSource = constantPassword });
                    break;
                case ValueState.Unknown:
                    settings.Credentials.Add(new CredentialInput(null) { ConstantPasswordSource = constantPassword });
                    break;
                default:
                    // An element without a Server matches no registry, but a constant password in it is still a leak;
                    // it is passed as an unseen server, which keeps the credential rules (conservatively) quiet.
                    if (constantPassword is not null)
                    {
                        settings.Credentials.Add(new CredentialInput(null) { ConstantPasswordSource = constantPassword });
                    }

                    break;
            }
        }
    }

    /// <summary>A password written in source: the constant itself, or a constant fallback (`env ?? "secret"`).</summary>
    private static SyntaxNode? ConstantPassword(ScalarValue password)
    {
        if (password.State == ValueState.Known)
        {
            return string.IsNullOrEmpty(password.Text) ? null : password.Operation!.Syntax;
        }

        if (password.Arms is { } arms)
        {
            foreach (var arm in arms)
            {
                if (arm.State == ValueState.Known && !string.IsNullOrEmpty(arm.Text))
                {
                    return arm.Operation!.Syntax;
                }
            }
        }

        return null;
    }

    private void ReadAcrRegistryInfo(ListValue infos, PullSettings settings)
    {
        settings.HasUnknownAcrRegistryInfo = !infos.IsComplete || infos.State == ValueState.Unknown;
        for (var i = 0; i < infos.Count; i++)
        {
            var info = _values.ReadObject(infos, i);
            if (info is null || !_types.IsAcrType(info.Creation.Type))
            {
                settings.AcrRegistryInfo.Add(new AcrRegistryInput(null));
                continue;
            }

            var domains = _values.ReadList(info, ModelMember.Domain);
            if (!domains.IsComplete)
            {
                settings.AcrRegistryInfo.Add(new AcrRegistryInput(null, info.Creation.Syntax));
                continue;
            }

            var texts = new List<string>();
            var allKnown = true;
            for (var j = 0; j < domains.Count; j++)
            {
                var value = _values.ReadScalar(domains, j);
                if (value.State == ValueState.Known)
                {
                    texts.Add(value.Text!);
                }
                else
                {
                    allKnown = false;
                }
            }

            settings.AcrRegistryInfo.Add(new AcrRegistryInput(allKnown ? texts : null, info.Creation.Syntax));
        }
    }
}
