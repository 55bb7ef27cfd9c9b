using System.Collections.Generic;
using Eci.ImagePull;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Model;

/// <summary>Reads one request creation into the rules engine's <see cref="PullSettings"/>.</summary>
internal sealed class RequestReader
{
    private readonly EciKnownTypes _types;
    private readonly BodyIndex _index;
    private readonly ValueReader _values;

    public RequestReader(EciKnownTypes types, BodyIndex index, ValueReader values)
    {
        _types = types;
        _index = index;
        _values = values;
    }

    public RequestModel? Read(IObjectCreationOperation creation, RegistryKnowledge knowledge)
    {
        var shape = _types.GetShape(creation.Type);
        if (shape is null)
        {
            return null;
        }

        var request = ViewOf(creation);
        var settings = new PullSettings { Knowledge = knowledge, SupportsRegistryLists = shape.HasRegistryLists };
        var model = new RequestModel(shape, creation, settings);

        if (shape.Kind == RequestKind.CreateImageCache)
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

    /// <summary>The request object, followed through the local that holds it when there is one.</summary>
    private ObjectView ViewOf(IObjectCreationOperation creation)
    {
        IOperation node = creation;
        while (node.Parent is IConversionOperation conversion)
        {
            node = conversion;
        }

        switch (node.Parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return ViewThroughLocal(creation, declarator.Symbol);
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == node:
                return ViewThroughLocal(creation, target.Local);
            case IArgumentOperation { Parent: IInvocationOperation invocation } argument
                when argument.Parameter?.RefKind is RefKind.None or null && _types.IsSendMethod(invocation.TargetMethod):
                return new ObjectView(creation, local: null, escapes: false);
            default:
                return new ObjectView(creation, local: null, escapes: true); // returned, stored, handed on
        }
    }

    private ObjectView ViewThroughLocal(IObjectCreationOperation creation, ILocalSymbol local)
    {
        var usage = _index.GetUsage(local);
        var reassigned = usage is null || usage.Assignments.Count != 1;
        return new ObjectView(creation, usage, escapes: reassigned);
    }

    /// <summary>
    /// Whether the instance gets a public address: EipInstanceId (CreateContainerGroup, CreateImageCache) or
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
        if (view.IsUnknownMember(member) || (writes.Count == 0 && view.Escapes))
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
            var element = containers[i];
            var container = _values.ReadObject(element);
            if (container is null || !_types.IsContainerType(container.Creation.Type))
            {
                settings.Images.Add(new ImageInput(null));
                continue;
            }

            AddImage(_values.ReadString(container, ModelMember.Image), settings);
        }
    }

    private static void ReadStringImages(ListValue images, PullSettings settings)
    {
        settings.HasUnknownImages |= !images.IsComplete;
        for (var i = 0; i < images.Count; i++)
        {
            var element = images[i];
            AddImage(ScalarValue.FromOperation(ValueReader.Unwrap(element)), settings);
        }
    }

    private static void AddImage(ScalarValue image, PullSettings settings)
    {
        settings.Images.Add(image.State == ValueState.Known
            ? new ImageInput(image.Text, image.Operation!.Syntax)
            : new ImageInput(null));
    }

    private RegistryListInput ToListInput(ScalarValue value, out IOperation? source)
    {
        source = value.Operation;
        return value.State switch
        {
            ValueState.Known => RegistryListInput.Known(value.Text, value.Operation!.Syntax),
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
            var element = credentials[i];
            var credential = _values.ReadObject(element);
            if (credential is null || !_types.IsCredentialType(credential.Creation.Type))
            {
                settings.Credentials.Add(new CredentialInput(null));
                continue;
            }

            var server = _values.ReadString(credential, ModelMember.Server);
            var password = _values.ReadString(credential, ModelMember.Password);
            var constantPassword = password.State == ValueState.Known && !string.IsNullOrEmpty(password.Text) ? password.Operation!.Syntax : null;
            switch (server.State)
            {
                case ValueState.Known:
                    settings.Credentials.Add(new CredentialInput(server.Text, server.Operation!.Syntax) { ConstantPasswordSource = constantPassword });
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

    private void ReadAcrRegistryInfo(ListValue infos, PullSettings settings)
    {
        settings.HasUnknownAcrRegistryInfo = !infos.IsComplete || infos.State == ValueState.Unknown;
        for (var i = 0; i < infos.Count; i++)
        {
            var element = infos[i];
            var info = _values.ReadObject(element);
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
                var domain = domains[j];
                var value = ScalarValue.FromOperation(ValueReader.Unwrap(domain));
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
