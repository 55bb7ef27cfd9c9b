// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// Only the public surface is mirrored (namespaces, type names, nesting, property names and types) so that code and
// analyzers bind exactly as they do against the real SDK. No behaviour of the real SDK is here. Never packed or shipped.

using System.Collections.Generic;

using Tea;

namespace AlibabaCloud.SDK.Eci20180808.Models;

/// <summary>Request of the <c>CreateContainerGroup</c> operation: creates an elastic container instance (a group of containers) and pulls their images.</summary>
public class CreateContainerGroupRequest : TeaModel
{
    /// <summary>The containers of the group. Documented as required. Flattened query keys: <c>Container.N.*</c>.</summary>
    [NameInMap("Container")] [Validation(Required = false)]
    public List<CreateContainerGroupRequestContainer> Container { get; set; }

    /// <summary>One container of the group; its <c>Image</c> is pulled when the group starts.</summary>
    public class CreateContainerGroupRequestContainer : TeaModel
    {
        /// <summary>Flattened query keys: <c>Container.N.LivenessProbe.*</c>.</summary>
        [NameInMap("LivenessProbe")] [Validation(Required = false)]
        public CreateContainerGroupRequestContainerLivenessProbe LivenessProbe { get; set; }

        /// <summary>The <c>LivenessProbe</c> object (flattened as <c>Container.N.LivenessProbe.*</c>).</summary>
        public class CreateContainerGroupRequestContainerLivenessProbe : TeaModel
        {
            /// <summary>Flattened query keys: <c>Container.N.LivenessProbe.Exec.*</c>.</summary>
            [NameInMap("Exec")] [Validation(Required = false)]
            public CreateContainerGroupRequestContainerLivenessProbeExec Exec { get; set; }

            /// <summary>The <c>Exec</c> object (flattened as <c>Container.N.LivenessProbe.Exec.*</c>).</summary>
            public class CreateContainerGroupRequestContainerLivenessProbeExec : TeaModel
            {
                /// <summary>Flattened query key: <c>Container.N.LivenessProbe.Exec.Command.N</c>.</summary>
                [NameInMap("Command")] [Validation(Required = false)]
                public List<string> Command { get; set; }
            }

            /// <summary>Flattened query key: <c>Container.N.LivenessProbe.FailureThreshold</c>.</summary>
            [NameInMap("FailureThreshold")] [Validation(Required = false)]
            public int? FailureThreshold { get; set; }

            /// <summary>Flattened query keys: <c>Container.N.LivenessProbe.HttpGet.*</c>.</summary>
            [NameInMap("HttpGet")] [Validation(Required = false)]
            public CreateContainerGroupRequestContainerLivenessProbeHttpGet HttpGet { get; set; }

            /// <summary>The <c>HttpGet</c> object (flattened as <c>Container.N.LivenessProbe.HttpGet.*</c>).</summary>
            public class CreateContainerGroupRequestContainerLivenessProbeHttpGet : TeaModel
            {
                /// <summary>Flattened query key: <c>Container.N.LivenessProbe.HttpGet.Path</c>.</summary>
                [NameInMap("Path")] [Validation(Required = false)]
                public string Path { get; set; }

                /// <summary>Flattened query key: <c>Container.N.LivenessProbe.HttpGet.Port</c>.</summary>
                [NameInMap("Port")] [Validation(Required = false)]
                public int? Port { get; set; }

                /// <summary>Flattened query key: <c>Container.N.LivenessProbe.HttpGet.Scheme</c>.</summary>
                [NameInMap("Scheme")] [Validation(Required = false)]
                public string Scheme { get; set; }
            }

            /// <summary>Flattened query key: <c>Container.N.LivenessProbe.InitialDelaySeconds</c>.</summary>
            [NameInMap("InitialDelaySeconds")] [Validation(Required = false)]
            public int? InitialDelaySeconds { get; set; }

            /// <summary>Flattened query key: <c>Container.N.LivenessProbe.PeriodSeconds</c>.</summary>
            [NameInMap("PeriodSeconds")] [Validation(Required = false)]
            public int? PeriodSeconds { get; set; }

            /// <summary>Flattened query key: <c>Container.N.LivenessProbe.SuccessThreshold</c>.</summary>
            [NameInMap("SuccessThreshold")] [Validation(Required = false)]
            public int? SuccessThreshold { get; set; }

            /// <summary>Flattened query keys: <c>Container.N.LivenessProbe.TcpSocket.*</c>.</summary>
            [NameInMap("TcpSocket")] [Validation(Required = false)]
            public CreateContainerGroupRequestContainerLivenessProbeTcpSocket TcpSocket { get; set; }

            /// <summary>The <c>TcpSocket</c> object (flattened as <c>Container.N.LivenessProbe.TcpSocket.*</c>).</summary>
            public class CreateContainerGroupRequestContainerLivenessProbeTcpSocket : TeaModel
            {
                /// <summary>Flattened query key: <c>Container.N.LivenessProbe.TcpSocket.Port</c>.</summary>
                [NameInMap("Port")] [Validation(Required = false)]
                public int? Port { get; set; }
            }

            /// <summary>Flattened query key: <c>Container.N.LivenessProbe.TimeoutSeconds</c>.</summary>
            [NameInMap("TimeoutSeconds")] [Validation(Required = false)]
            public int? TimeoutSeconds { get; set; }
        }

        /// <summary>Flattened query keys: <c>Container.N.ReadinessProbe.*</c>.</summary>
        [NameInMap("ReadinessProbe")] [Validation(Required = false)]
        public CreateContainerGroupRequestContainerReadinessProbe ReadinessProbe { get; set; }

        /// <summary>The <c>ReadinessProbe</c> object (flattened as <c>Container.N.ReadinessProbe.*</c>).</summary>
        public class CreateContainerGroupRequestContainerReadinessProbe : TeaModel
        {
            /// <summary>Flattened query keys: <c>Container.N.ReadinessProbe.Exec.*</c>.</summary>
            [NameInMap("Exec")] [Validation(Required = false)]
            public CreateContainerGroupRequestContainerReadinessProbeExec Exec { get; set; }

            /// <summary>The <c>Exec</c> object (flattened as <c>Container.N.ReadinessProbe.Exec.*</c>).</summary>
            public class CreateContainerGroupRequestContainerReadinessProbeExec : TeaModel
            {
                /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.Exec.Command.N</c>.</summary>
                [NameInMap("Command")] [Validation(Required = false)]
                public List<string> Command { get; set; }
            }

            /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.FailureThreshold</c>.</summary>
            [NameInMap("FailureThreshold")] [Validation(Required = false)]
            public int? FailureThreshold { get; set; }

            /// <summary>Flattened query keys: <c>Container.N.ReadinessProbe.HttpGet.*</c>.</summary>
            [NameInMap("HttpGet")] [Validation(Required = false)]
            public CreateContainerGroupRequestContainerReadinessProbeHttpGet HttpGet { get; set; }

            /// <summary>The <c>HttpGet</c> object (flattened as <c>Container.N.ReadinessProbe.HttpGet.*</c>).</summary>
            public class CreateContainerGroupRequestContainerReadinessProbeHttpGet : TeaModel
            {
                /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.HttpGet.Path</c>.</summary>
                [NameInMap("Path")] [Validation(Required = false)]
                public string Path { get; set; }

                /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.HttpGet.Port</c>.</summary>
                [NameInMap("Port")] [Validation(Required = false)]
                public int? Port { get; set; }

                /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.HttpGet.Scheme</c>.</summary>
                [NameInMap("Scheme")] [Validation(Required = false)]
                public string Scheme { get; set; }
            }

            /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.InitialDelaySeconds</c>.</summary>
            [NameInMap("InitialDelaySeconds")] [Validation(Required = false)]
            public int? InitialDelaySeconds { get; set; }

            /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.PeriodSeconds</c>.</summary>
            [NameInMap("PeriodSeconds")] [Validation(Required = false)]
            public int? PeriodSeconds { get; set; }

            /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.SuccessThreshold</c>.</summary>
            [NameInMap("SuccessThreshold")] [Validation(Required = false)]
            public int? SuccessThreshold { get; set; }

            /// <summary>Flattened query keys: <c>Container.N.ReadinessProbe.TcpSocket.*</c>.</summary>
            [NameInMap("TcpSocket")] [Validation(Required = false)]
            public CreateContainerGroupRequestContainerReadinessProbeTcpSocket TcpSocket { get; set; }

            /// <summary>The <c>TcpSocket</c> object (flattened as <c>Container.N.ReadinessProbe.TcpSocket.*</c>).</summary>
            public class CreateContainerGroupRequestContainerReadinessProbeTcpSocket : TeaModel
            {
                /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.TcpSocket.Port</c>.</summary>
                [NameInMap("Port")] [Validation(Required = false)]
                public int? Port { get; set; }
            }

            /// <summary>Flattened query key: <c>Container.N.ReadinessProbe.TimeoutSeconds</c>.</summary>
            [NameInMap("TimeoutSeconds")] [Validation(Required = false)]
            public int? TimeoutSeconds { get; set; }
        }

        /// <summary>Flattened query keys: <c>Container.N.SecurityContext.*</c>.</summary>
        [NameInMap("SecurityContext")] [Validation(Required = false)]
        public CreateContainerGroupRequestContainerSecurityContext SecurityContext { get; set; }

        /// <summary>The <c>SecurityContext</c> object (flattened as <c>Container.N.SecurityContext.*</c>).</summary>
        public class CreateContainerGroupRequestContainerSecurityContext : TeaModel
        {
            /// <summary>Flattened query keys: <c>Container.N.SecurityContext.Capability.*</c>.</summary>
            [NameInMap("Capability")] [Validation(Required = false)]
            public CreateContainerGroupRequestContainerSecurityContextCapability Capability { get; set; }

            /// <summary>The <c>Capability</c> object (flattened as <c>Container.N.SecurityContext.Capability.*</c>).</summary>
            public class CreateContainerGroupRequestContainerSecurityContextCapability : TeaModel
            {
                /// <summary>Flattened query key: <c>Container.N.SecurityContext.Capability.Add.N</c>.</summary>
                [NameInMap("Add")] [Validation(Required = false)]
                public List<string> Add { get; set; }
            }

            /// <summary>Flattened query key: <c>Container.N.SecurityContext.ReadOnlyRootFilesystem</c>.</summary>
            [NameInMap("ReadOnlyRootFilesystem")] [Validation(Required = false)]
            public bool? ReadOnlyRootFilesystem { get; set; }

            /// <summary>Flattened query key: <c>Container.N.SecurityContext.RunAsUser</c>.</summary>
            [NameInMap("RunAsUser")] [Validation(Required = false)]
            public long? RunAsUser { get; set; }
        }

        /// <summary>Flattened query key: <c>Container.N.Arg.N</c>.</summary>
        [NameInMap("Arg")] [Validation(Required = false)]
        public List<string> Arg { get; set; }

        /// <summary>Flattened query key: <c>Container.N.Command.N</c>.</summary>
        [NameInMap("Command")] [Validation(Required = false)]
        public List<string> Command { get; set; }

        /// <summary>Flattened query key: <c>Container.N.Cpu</c>.</summary>
        [NameInMap("Cpu")] [Validation(Required = false)]
        public float? Cpu { get; set; }

        /// <summary>Flattened query keys: <c>Container.N.EnvironmentVar.N.*</c>.</summary>
        [NameInMap("EnvironmentVar")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestContainerEnvironmentVar> EnvironmentVar { get; set; }

        /// <summary>One element of <c>EnvironmentVar</c> (flattened as <c>Container.N.EnvironmentVar.N.*</c>).</summary>
        public class CreateContainerGroupRequestContainerEnvironmentVar : TeaModel
        {
            /// <summary>Flattened query keys: <c>Container.N.EnvironmentVar.N.FieldRef.*</c>.</summary>
            [NameInMap("FieldRef")] [Validation(Required = false)]
            public CreateContainerGroupRequestContainerEnvironmentVarFieldRef FieldRef { get; set; }

            /// <summary>The <c>FieldRef</c> object (flattened as <c>Container.N.EnvironmentVar.N.FieldRef.*</c>).</summary>
            public class CreateContainerGroupRequestContainerEnvironmentVarFieldRef : TeaModel
            {
                /// <summary>Flattened query key: <c>Container.N.EnvironmentVar.N.FieldRef.FieldPath</c>.</summary>
                [NameInMap("FieldPath")] [Validation(Required = false)]
                public string FieldPath { get; set; }
            }

            /// <summary>Flattened query key: <c>Container.N.EnvironmentVar.N.Key</c>.</summary>
            [NameInMap("Key")] [Validation(Required = false)]
            public string Key { get; set; }

            /// <summary>Flattened query key: <c>Container.N.EnvironmentVar.N.Value</c>.</summary>
            [NameInMap("Value")] [Validation(Required = false)]
            public string Value { get; set; }
        }

        /// <summary>Flattened query key: <c>Container.N.EnvironmentVarHide</c>.</summary>
        [NameInMap("EnvironmentVarHide")] [Validation(Required = false)]
        public bool? EnvironmentVarHide { get; set; }

        /// <summary>Flattened query key: <c>Container.N.Gpu</c>.</summary>
        [NameInMap("Gpu")] [Validation(Required = false)]
        public int? Gpu { get; set; }

        /// <summary>The image reference to pull, for example <c>registry-vpc.cn-hangzhou.aliyuncs.com/ns/app:1.0</c>; ECI resolves the registry from it. Documented as required. Flattened query key: <c>Container.N.Image</c>.</summary>
        [NameInMap("Image")] [Validation(Required = false)]
        public string Image { get; set; }

        /// <summary><c>Always</c> (pull every time), <c>IfNotPresent</c> (pull only when no local copy exists) or <c>Never</c> (local images only). Flattened query key: <c>Container.N.ImagePullPolicy</c>.</summary>
        [NameInMap("ImagePullPolicy")] [Validation(Required = false)]
        public string ImagePullPolicy { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerExec.N</c>.</summary>
        [NameInMap("LifecyclePostStartHandlerExec")] [Validation(Required = false)]
        public List<string> LifecyclePostStartHandlerExec { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerHttpGetHost</c>.</summary>
        [NameInMap("LifecyclePostStartHandlerHttpGetHost")] [Validation(Required = false)]
        public string LifecyclePostStartHandlerHttpGetHost { get; set; }

        /// <summary>Flattened query keys: <c>Container.N.LifecyclePostStartHandlerHttpGetHttpHeader.N.*</c>.</summary>
        [NameInMap("LifecyclePostStartHandlerHttpGetHttpHeader")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeader> LifecyclePostStartHandlerHttpGetHttpHeader { get; set; }

        /// <summary>One element of <c>LifecyclePostStartHandlerHttpGetHttpHeader</c> (flattened as <c>Container.N.LifecyclePostStartHandlerHttpGetHttpHeader.N.*</c>).</summary>
        public class CreateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeader : TeaModel
        {
            /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerHttpGetHttpHeader.N.Name</c>.</summary>
            [NameInMap("Name")] [Validation(Required = false)]
            public string Name { get; set; }

            /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerHttpGetHttpHeader.N.Value</c>.</summary>
            [NameInMap("Value")] [Validation(Required = false)]
            public string Value { get; set; }
        }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerHttpGetPath</c>.</summary>
        [NameInMap("LifecyclePostStartHandlerHttpGetPath")] [Validation(Required = false)]
        public string LifecyclePostStartHandlerHttpGetPath { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerHttpGetPort</c>.</summary>
        [NameInMap("LifecyclePostStartHandlerHttpGetPort")] [Validation(Required = false)]
        public int? LifecyclePostStartHandlerHttpGetPort { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerHttpGetScheme</c>.</summary>
        [NameInMap("LifecyclePostStartHandlerHttpGetScheme")] [Validation(Required = false)]
        public string LifecyclePostStartHandlerHttpGetScheme { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerTcpSocketHost</c>.</summary>
        [NameInMap("LifecyclePostStartHandlerTcpSocketHost")] [Validation(Required = false)]
        public string LifecyclePostStartHandlerTcpSocketHost { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerTcpSocketPort</c>.</summary>
        [NameInMap("LifecyclePostStartHandlerTcpSocketPort")] [Validation(Required = false)]
        public int? LifecyclePostStartHandlerTcpSocketPort { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePreStopHandlerExec.N</c>.</summary>
        [NameInMap("LifecyclePreStopHandlerExec")] [Validation(Required = false)]
        public List<string> LifecyclePreStopHandlerExec { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePreStopHandlerHttpGetHost</c>.</summary>
        [NameInMap("LifecyclePreStopHandlerHttpGetHost")] [Validation(Required = false)]
        public string LifecyclePreStopHandlerHttpGetHost { get; set; }

        /// <summary>Flattened query keys: <c>Container.N.LifecyclePreStopHandlerHttpGetHttpHeader.N.*</c>.</summary>
        [NameInMap("LifecyclePreStopHandlerHttpGetHttpHeader")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader> LifecyclePreStopHandlerHttpGetHttpHeader { get; set; }

        /// <summary>One element of <c>LifecyclePreStopHandlerHttpGetHttpHeader</c> (flattened as <c>Container.N.LifecyclePreStopHandlerHttpGetHttpHeader.N.*</c>).</summary>
        public class CreateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader : TeaModel
        {
            /// <summary>Flattened query key: <c>Container.N.LifecyclePreStopHandlerHttpGetHttpHeader.N.Name</c>.</summary>
            [NameInMap("Name")] [Validation(Required = false)]
            public string Name { get; set; }

            /// <summary>Flattened query key: <c>Container.N.LifecyclePreStopHandlerHttpGetHttpHeader.N.Value</c>.</summary>
            [NameInMap("Value")] [Validation(Required = false)]
            public string Value { get; set; }
        }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePreStopHandlerHttpGetPath</c>.</summary>
        [NameInMap("LifecyclePreStopHandlerHttpGetPath")] [Validation(Required = false)]
        public string LifecyclePreStopHandlerHttpGetPath { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePreStopHandlerHttpGetPort</c>.</summary>
        [NameInMap("LifecyclePreStopHandlerHttpGetPort")] [Validation(Required = false)]
        public int? LifecyclePreStopHandlerHttpGetPort { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePreStopHandlerHttpGetScheme</c>.</summary>
        [NameInMap("LifecyclePreStopHandlerHttpGetScheme")] [Validation(Required = false)]
        public string LifecyclePreStopHandlerHttpGetScheme { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePreStopHandlerTcpSocketHost</c>.</summary>
        [NameInMap("LifecyclePreStopHandlerTcpSocketHost")] [Validation(Required = false)]
        public string LifecyclePreStopHandlerTcpSocketHost { get; set; }

        /// <summary>Flattened query key: <c>Container.N.LifecyclePreStopHandlerTcpSocketPort</c>.</summary>
        [NameInMap("LifecyclePreStopHandlerTcpSocketPort")] [Validation(Required = false)]
        public int? LifecyclePreStopHandlerTcpSocketPort { get; set; }

        /// <summary>Flattened query key: <c>Container.N.Memory</c>.</summary>
        [NameInMap("Memory")] [Validation(Required = false)]
        public float? Memory { get; set; }

        /// <summary>Name of the container. Documented as required. Flattened query key: <c>Container.N.Name</c>.</summary>
        [NameInMap("Name")] [Validation(Required = false)]
        public string Name { get; set; }

        /// <summary>Flattened query keys: <c>Container.N.Port.N.*</c>.</summary>
        [NameInMap("Port")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestContainerPort> Port { get; set; }

        /// <summary>One element of <c>Port</c> (flattened as <c>Container.N.Port.N.*</c>).</summary>
        public class CreateContainerGroupRequestContainerPort : TeaModel
        {
            /// <summary>Port number, 1 to 65535. Flattened query key: <c>Container.N.Port.N.Port</c>.</summary>
            [NameInMap("Port")] [Validation(Required = false)]
            public int? Port { get; set; }

            /// <summary><c>TCP</c> or <c>UDP</c>. Flattened query key: <c>Container.N.Port.N.Protocol</c>.</summary>
            [NameInMap("Protocol")] [Validation(Required = false)]
            public string Protocol { get; set; }
        }

        /// <summary>Flattened query key: <c>Container.N.SecurityContextPrivileged</c>.</summary>
        [NameInMap("SecurityContextPrivileged")] [Validation(Required = false)]
        public bool? SecurityContextPrivileged { get; set; }

        /// <summary>Flattened query key: <c>Container.N.SecurityContextRunAsGroup</c>.</summary>
        [NameInMap("SecurityContextRunAsGroup")] [Validation(Required = false)]
        public long? SecurityContextRunAsGroup { get; set; }

        /// <summary>Flattened query key: <c>Container.N.SecurityContextRunAsNonRoot</c>.</summary>
        [NameInMap("SecurityContextRunAsNonRoot")] [Validation(Required = false)]
        public bool? SecurityContextRunAsNonRoot { get; set; }

        /// <summary>Flattened query key: <c>Container.N.Stdin</c>.</summary>
        [NameInMap("Stdin")] [Validation(Required = false)]
        public bool? Stdin { get; set; }

        /// <summary>Flattened query key: <c>Container.N.StdinOnce</c>.</summary>
        [NameInMap("StdinOnce")] [Validation(Required = false)]
        public bool? StdinOnce { get; set; }

        /// <summary>Flattened query key: <c>Container.N.TerminationMessagePath</c>.</summary>
        [NameInMap("TerminationMessagePath")] [Validation(Required = false)]
        public string TerminationMessagePath { get; set; }

        /// <summary>Flattened query key: <c>Container.N.TerminationMessagePolicy</c>.</summary>
        [NameInMap("TerminationMessagePolicy")] [Validation(Required = false)]
        public string TerminationMessagePolicy { get; set; }

        /// <summary>Flattened query key: <c>Container.N.Tty</c>.</summary>
        [NameInMap("Tty")] [Validation(Required = false)]
        public bool? Tty { get; set; }

        /// <summary>Flattened query keys: <c>Container.N.VolumeMount.N.*</c>.</summary>
        [NameInMap("VolumeMount")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestContainerVolumeMount> VolumeMount { get; set; }

        /// <summary>One element of <c>VolumeMount</c> (flattened as <c>Container.N.VolumeMount.N.*</c>).</summary>
        public class CreateContainerGroupRequestContainerVolumeMount : TeaModel
        {
            /// <summary>Flattened query key: <c>Container.N.VolumeMount.N.MountPath</c>.</summary>
            [NameInMap("MountPath")] [Validation(Required = false)]
            public string MountPath { get; set; }

            /// <summary>Flattened query key: <c>Container.N.VolumeMount.N.MountPropagation</c>.</summary>
            [NameInMap("MountPropagation")] [Validation(Required = false)]
            public string MountPropagation { get; set; }

            /// <summary>Flattened query key: <c>Container.N.VolumeMount.N.Name</c>.</summary>
            [NameInMap("Name")] [Validation(Required = false)]
            public string Name { get; set; }

            /// <summary>Flattened query key: <c>Container.N.VolumeMount.N.ReadOnly</c>.</summary>
            [NameInMap("ReadOnly")] [Validation(Required = false)]
            public bool? ReadOnly { get; set; }

            /// <summary>Flattened query key: <c>Container.N.VolumeMount.N.SubPath</c>.</summary>
            [NameInMap("SubPath")] [Validation(Required = false)]
            public string SubPath { get; set; }
        }

        /// <summary>Flattened query key: <c>Container.N.WorkingDir</c>.</summary>
        [NameInMap("WorkingDir")] [Validation(Required = false)]
        public string WorkingDir { get; set; }
    }

    /// <summary>Init containers of the group. Flattened query keys: <c>InitContainer.N.*</c>.</summary>
    [NameInMap("InitContainer")] [Validation(Required = false)]
    public List<CreateContainerGroupRequestInitContainer> InitContainer { get; set; }

    /// <summary>One init container; it runs to completion before the containers start, and its <c>Image</c> is pulled too.</summary>
    public class CreateContainerGroupRequestInitContainer : TeaModel
    {
        /// <summary>Flattened query keys: <c>InitContainer.N.SecurityContext.*</c>.</summary>
        [NameInMap("SecurityContext")] [Validation(Required = false)]
        public CreateContainerGroupRequestInitContainerSecurityContext SecurityContext { get; set; }

        /// <summary>The <c>SecurityContext</c> object (flattened as <c>InitContainer.N.SecurityContext.*</c>).</summary>
        public class CreateContainerGroupRequestInitContainerSecurityContext : TeaModel
        {
            /// <summary>Flattened query keys: <c>InitContainer.N.SecurityContext.Capability.*</c>.</summary>
            [NameInMap("Capability")] [Validation(Required = false)]
            public CreateContainerGroupRequestInitContainerSecurityContextCapability Capability { get; set; }

            /// <summary>The <c>Capability</c> object (flattened as <c>InitContainer.N.SecurityContext.Capability.*</c>).</summary>
            public class CreateContainerGroupRequestInitContainerSecurityContextCapability : TeaModel
            {
                /// <summary>Flattened query key: <c>InitContainer.N.SecurityContext.Capability.Add.N</c>.</summary>
                [NameInMap("Add")] [Validation(Required = false)]
                public List<string> Add { get; set; }
            }

            /// <summary>Flattened query key: <c>InitContainer.N.SecurityContext.ReadOnlyRootFilesystem</c>.</summary>
            [NameInMap("ReadOnlyRootFilesystem")] [Validation(Required = false)]
            public bool? ReadOnlyRootFilesystem { get; set; }

            /// <summary>Flattened query key: <c>InitContainer.N.SecurityContext.RunAsUser</c>.</summary>
            [NameInMap("RunAsUser")] [Validation(Required = false)]
            public long? RunAsUser { get; set; }
        }

        /// <summary>Flattened query key: <c>InitContainer.N.Arg.N</c>.</summary>
        [NameInMap("Arg")] [Validation(Required = false)]
        public List<string> Arg { get; set; }

        /// <summary>Flattened query key: <c>InitContainer.N.Command.N</c>.</summary>
        [NameInMap("Command")] [Validation(Required = false)]
        public List<string> Command { get; set; }

        /// <summary>Flattened query key: <c>InitContainer.N.Cpu</c>.</summary>
        [NameInMap("Cpu")] [Validation(Required = false)]
        public float? Cpu { get; set; }

        /// <summary>Flattened query keys: <c>InitContainer.N.EnvironmentVar.N.*</c>.</summary>
        [NameInMap("EnvironmentVar")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestInitContainerEnvironmentVar> EnvironmentVar { get; set; }

        /// <summary>One element of <c>EnvironmentVar</c> (flattened as <c>InitContainer.N.EnvironmentVar.N.*</c>).</summary>
        public class CreateContainerGroupRequestInitContainerEnvironmentVar : TeaModel
        {
            /// <summary>Flattened query keys: <c>InitContainer.N.EnvironmentVar.N.FieldRef.*</c>.</summary>
            [NameInMap("FieldRef")] [Validation(Required = false)]
            public CreateContainerGroupRequestInitContainerEnvironmentVarFieldRef FieldRef { get; set; }

            /// <summary>The <c>FieldRef</c> object (flattened as <c>InitContainer.N.EnvironmentVar.N.FieldRef.*</c>).</summary>
            public class CreateContainerGroupRequestInitContainerEnvironmentVarFieldRef : TeaModel
            {
                /// <summary>Flattened query key: <c>InitContainer.N.EnvironmentVar.N.FieldRef.FieldPath</c>.</summary>
                [NameInMap("FieldPath")] [Validation(Required = false)]
                public string FieldPath { get; set; }
            }

            /// <summary>Flattened query key: <c>InitContainer.N.EnvironmentVar.N.Key</c>.</summary>
            [NameInMap("Key")] [Validation(Required = false)]
            public string Key { get; set; }

            /// <summary>Flattened query key: <c>InitContainer.N.EnvironmentVar.N.Value</c>.</summary>
            [NameInMap("Value")] [Validation(Required = false)]
            public string Value { get; set; }
        }

        /// <summary>Flattened query key: <c>InitContainer.N.Gpu</c>.</summary>
        [NameInMap("Gpu")] [Validation(Required = false)]
        public int? Gpu { get; set; }

        /// <summary>The image reference to pull, for example <c>registry-vpc.cn-hangzhou.aliyuncs.com/ns/app:1.0</c>; ECI resolves the registry from it. Flattened query key: <c>InitContainer.N.Image</c>.</summary>
        [NameInMap("Image")] [Validation(Required = false)]
        public string Image { get; set; }

        /// <summary><c>Always</c> (pull every time), <c>IfNotPresent</c> (pull only when no local copy exists) or <c>Never</c> (local images only). Flattened query key: <c>InitContainer.N.ImagePullPolicy</c>.</summary>
        [NameInMap("ImagePullPolicy")] [Validation(Required = false)]
        public string ImagePullPolicy { get; set; }

        /// <summary>Flattened query key: <c>InitContainer.N.Memory</c>.</summary>
        [NameInMap("Memory")] [Validation(Required = false)]
        public float? Memory { get; set; }

        /// <summary>Name of the init container. Flattened query key: <c>InitContainer.N.Name</c>.</summary>
        [NameInMap("Name")] [Validation(Required = false)]
        public string Name { get; set; }

        /// <summary>Flattened query keys: <c>InitContainer.N.Port.N.*</c>.</summary>
        [NameInMap("Port")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestInitContainerPort> Port { get; set; }

        /// <summary>One element of <c>Port</c> (flattened as <c>InitContainer.N.Port.N.*</c>).</summary>
        public class CreateContainerGroupRequestInitContainerPort : TeaModel
        {
            /// <summary>Port number, 1 to 65535. Flattened query key: <c>InitContainer.N.Port.N.Port</c>.</summary>
            [NameInMap("Port")] [Validation(Required = false)]
            public int? Port { get; set; }

            /// <summary><c>TCP</c> or <c>UDP</c>. Flattened query key: <c>InitContainer.N.Port.N.Protocol</c>.</summary>
            [NameInMap("Protocol")] [Validation(Required = false)]
            public string Protocol { get; set; }
        }

        /// <summary>Flattened query key: <c>InitContainer.N.TerminationMessagePath</c>.</summary>
        [NameInMap("TerminationMessagePath")] [Validation(Required = false)]
        public string TerminationMessagePath { get; set; }

        /// <summary>Flattened query key: <c>InitContainer.N.TerminationMessagePolicy</c>.</summary>
        [NameInMap("TerminationMessagePolicy")] [Validation(Required = false)]
        public string TerminationMessagePolicy { get; set; }

        /// <summary>Flattened query keys: <c>InitContainer.N.VolumeMount.N.*</c>.</summary>
        [NameInMap("VolumeMount")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestInitContainerVolumeMount> VolumeMount { get; set; }

        /// <summary>One element of <c>VolumeMount</c> (flattened as <c>InitContainer.N.VolumeMount.N.*</c>).</summary>
        public class CreateContainerGroupRequestInitContainerVolumeMount : TeaModel
        {
            /// <summary>Flattened query key: <c>InitContainer.N.VolumeMount.N.MountPath</c>.</summary>
            [NameInMap("MountPath")] [Validation(Required = false)]
            public string MountPath { get; set; }

            /// <summary>Flattened query key: <c>InitContainer.N.VolumeMount.N.MountPropagation</c>.</summary>
            [NameInMap("MountPropagation")] [Validation(Required = false)]
            public string MountPropagation { get; set; }

            /// <summary>Flattened query key: <c>InitContainer.N.VolumeMount.N.Name</c>.</summary>
            [NameInMap("Name")] [Validation(Required = false)]
            public string Name { get; set; }

            /// <summary>Flattened query key: <c>InitContainer.N.VolumeMount.N.ReadOnly</c>.</summary>
            [NameInMap("ReadOnly")] [Validation(Required = false)]
            public bool? ReadOnly { get; set; }

            /// <summary>Flattened query key: <c>InitContainer.N.VolumeMount.N.SubPath</c>.</summary>
            [NameInMap("SubPath")] [Validation(Required = false)]
            public string SubPath { get; set; }
        }

        /// <summary>Flattened query key: <c>InitContainer.N.WorkingDir</c>.</summary>
        [NameInMap("WorkingDir")] [Validation(Required = false)]
        public string WorkingDir { get; set; }
    }

    /// <summary>Logins for private registries. Flattened query keys: <c>ImageRegistryCredential.N.*</c>.</summary>
    [NameInMap("ImageRegistryCredential")] [Validation(Required = false)]
    public List<CreateContainerGroupRequestImageRegistryCredential> ImageRegistryCredential { get; set; }

    /// <summary>One registry login. ECI uses it for images whose registry host equals <c>Server</c>.</summary>
    public class CreateContainerGroupRequestImageRegistryCredential : TeaModel
    {
        /// <summary>Password for the registry login. Flattened query key: <c>ImageRegistryCredential.N.Password</c>.</summary>
        [NameInMap("Password")] [Validation(Required = false)]
        public string Password { get; set; }

        /// <summary>Registry host the login applies to, for example <c>registry-vpc.cn-shanghai.aliyuncs.com</c>. Flattened query key: <c>ImageRegistryCredential.N.Server</c>.</summary>
        [NameInMap("Server")] [Validation(Required = false)]
        public string Server { get; set; }

        /// <summary>User name for the registry login (capital N, as in the SDK). Flattened query key: <c>ImageRegistryCredential.N.UserName</c>.</summary>
        [NameInMap("UserName")] [Validation(Required = false)]
        public string UserName { get; set; }
    }

    /// <summary>Container Registry Enterprise Edition instances to pull from without a password. Flattened query keys: <c>AcrRegistryInfo.N.*</c>.</summary>
    [NameInMap("AcrRegistryInfo")] [Validation(Required = false)]
    public List<CreateContainerGroupRequestAcrRegistryInfo> AcrRegistryInfo { get; set; }

    /// <summary>One Container Registry Enterprise Edition (ACR EE) instance whose images are pulled without a password.</summary>
    public class CreateContainerGroupRequestAcrRegistryInfo : TeaModel
    {
        /// <summary>ARN of the RAM role in the account that owns the ECI instance (cross-account password-free pulls). Flattened query key: <c>AcrRegistryInfo.N.ArnService</c>.</summary>
        [NameInMap("ArnService")] [Validation(Required = false)]
        public string ArnService { get; set; }

        /// <summary>ARN of the RAM role in the account that owns the ACR instance (cross-account password-free pulls). Flattened query key: <c>AcrRegistryInfo.N.ArnUser</c>.</summary>
        [NameInMap("ArnUser")] [Validation(Required = false)]
        public string ArnUser { get; set; }

        /// <summary>Domain names of the ACR Enterprise Edition instance; all of its domains apply when empty. Flattened query key: <c>AcrRegistryInfo.N.Domain.N</c>.</summary>
        [NameInMap("Domain")] [Validation(Required = false)]
        public List<string> Domain { get; set; }

        /// <summary>ID of the ACR Enterprise Edition instance, for example <c>cri-xxxxxxxxxxxx</c>. Flattened query key: <c>AcrRegistryInfo.N.InstanceId</c>.</summary>
        [NameInMap("InstanceId")] [Validation(Required = false)]
        public string InstanceId { get; set; }

        /// <summary>Name of the ACR Enterprise Edition instance. Flattened query key: <c>AcrRegistryInfo.N.InstanceName</c>.</summary>
        [NameInMap("InstanceName")] [Validation(Required = false)]
        public string InstanceName { get; set; }

        /// <summary>Region of the ACR Enterprise Edition instance, for example <c>cn-beijing</c>. Flattened query key: <c>AcrRegistryInfo.N.RegionId</c>.</summary>
        [NameInMap("RegionId")] [Validation(Required = false)]
        public string RegionId { get; set; }
    }

    /// <summary>Comma-separated registries (<c>host</c> or <c>host:port</c>) that ECI pulls from over plain HTTP instead of HTTPS. Flattened query key: <c>PlainHttpRegistry</c>.</summary>
    [NameInMap("PlainHttpRegistry")] [Validation(Required = false)]
    public string PlainHttpRegistry { get; set; }

    /// <summary>Comma-separated registries (<c>host</c> or <c>host:port</c>) that use a certificate ECI cannot verify, such as a self-signed one; certificate checks are skipped for them. Flattened query key: <c>InsecureRegistry</c>.</summary>
    [NameInMap("InsecureRegistry")] [Validation(Required = false)]
    public string InsecureRegistry { get; set; }

    /// <summary>Region of the instance, for example <c>cn-hangzhou</c>. Documented as required. Flattened query key: <c>RegionId</c>.</summary>
    [NameInMap("RegionId")] [Validation(Required = false)]
    public string RegionId { get; set; }

    /// <summary>ID of an existing elastic IP to bind; gives the instance Internet access, for example to pull public images. Flattened query key: <c>EipInstanceId</c>.</summary>
    [NameInMap("EipInstanceId")] [Validation(Required = false)]
    public string EipInstanceId { get; set; }

    /// <summary>Whether ECI creates an elastic IP and binds it to the instance. Flattened query key: <c>AutoCreateEip</c>.</summary>
    [NameInMap("AutoCreateEip")] [Validation(Required = false)]
    public bool? AutoCreateEip { get; set; }

    /// <summary>Bandwidth in Mbit/s of the elastic IP that <c>AutoCreateEip</c> creates; default 5. Flattened query key: <c>EipBandwidth</c>.</summary>
    [NameInMap("EipBandwidth")] [Validation(Required = false)]
    public int? EipBandwidth { get; set; }

    /// <summary>Line type of the created elastic IP (<c>BGP</c> by default, or <c>BGP_PRO</c>). Flattened query key: <c>EipISP</c>.</summary>
    [NameInMap("EipISP")] [Validation(Required = false)]
    public string EipISP { get; set; }

    /// <summary>Shared bandwidth package to attach the elastic IP to. Flattened query key: <c>EipCommonBandwidthPackage</c>.</summary>
    [NameInMap("EipCommonBandwidthPackage")] [Validation(Required = false)]
    public string EipCommonBandwidthPackage { get; set; }

    /// <summary>ID of the image cache to create the instance from, for example <c>imc-xxxxxxxxxxxx</c>. Flattened query key: <c>ImageSnapshotId</c>.</summary>
    [NameInMap("ImageSnapshotId")] [Validation(Required = false)]
    public string ImageSnapshotId { get; set; }

    /// <summary>Whether ECI picks a matching image cache by itself (default false). Flattened query key: <c>AutoMatchImageCache</c>.</summary>
    [NameInMap("AutoMatchImageCache")] [Validation(Required = false)]
    public bool? AutoMatchImageCache { get; set; }

    /// <summary>Image pull acceleration: <c>nydus</c>, <c>dadi</c>, <c>p2p</c> or <c>imc</c>. Flattened query key: <c>ImageAccelerateMode</c>.</summary>
    [NameInMap("ImageAccelerateMode")] [Validation(Required = false)]
    public string ImageAccelerateMode { get; set; }

    /// <summary>Comma-separated vSwitch IDs; the VPC they belong to decides which registries are reachable without Internet access. Flattened query key: <c>VSwitchId</c>.</summary>
    [NameInMap("VSwitchId")] [Validation(Required = false)]
    public string VSwitchId { get; set; }

    /// <summary>Security group of the instance. Flattened query key: <c>SecurityGroupId</c>.</summary>
    [NameInMap("SecurityGroupId")] [Validation(Required = false)]
    public string SecurityGroupId { get; set; }

    /// <summary>Zone of the instance. Flattened query key: <c>ZoneId</c>.</summary>
    [NameInMap("ZoneId")] [Validation(Required = false)]
    public string ZoneId { get; set; }

    /// <summary><c>Linux</c> (default) or <c>Windows</c>; images must offer this operating system. Flattened query key: <c>OsType</c>.</summary>
    [NameInMap("OsType")] [Validation(Required = false)]
    public string OsType { get; set; }

    /// <summary><c>AMD64</c> (default) or <c>ARM64</c>; images must offer this architecture. Flattened query key: <c>CpuArchitecture</c>.</summary>
    [NameInMap("CpuArchitecture")] [Validation(Required = false)]
    public string CpuArchitecture { get; set; }

    /// <summary>How long the instance may stay pending, in minutes (new in SDK 1.1.4). Flattened query key: <c>MaxPendingMinute</c>.</summary>
    [NameInMap("MaxPendingMinute")] [Validation(Required = false)]
    public int? MaxPendingMinute { get; set; }

    /// <summary>Flattened query key: <c>ActiveDeadlineSeconds</c>.</summary>
    [NameInMap("ActiveDeadlineSeconds")] [Validation(Required = false)]
    public long? ActiveDeadlineSeconds { get; set; }

    /// <summary>Flattened query key: <c>ClientToken</c>.</summary>
    [NameInMap("ClientToken")] [Validation(Required = false)]
    public string ClientToken { get; set; }

    /// <summary>Flattened query key: <c>ComputeCategory.N</c>.</summary>
    [NameInMap("ComputeCategory")] [Validation(Required = false)]
    public List<string> ComputeCategory { get; set; }

    /// <summary>Flattened query key: <c>ContainerGroupName</c>.</summary>
    [NameInMap("ContainerGroupName")] [Validation(Required = false)]
    public string ContainerGroupName { get; set; }

    /// <summary>Flattened query key: <c>ContainerResourceView</c>.</summary>
    [NameInMap("ContainerResourceView")] [Validation(Required = false)]
    public bool? ContainerResourceView { get; set; }

    /// <summary>Flattened query key: <c>CorePattern</c>.</summary>
    [NameInMap("CorePattern")] [Validation(Required = false)]
    public string CorePattern { get; set; }

    /// <summary>Flattened query key: <c>Cpu</c>.</summary>
    [NameInMap("Cpu")] [Validation(Required = false)]
    public float? Cpu { get; set; }

    /// <summary>Flattened query key: <c>CpuOptionsCore</c>.</summary>
    [NameInMap("CpuOptionsCore")] [Validation(Required = false)]
    public int? CpuOptionsCore { get; set; }

    /// <summary>Flattened query key: <c>CpuOptionsNuma</c>.</summary>
    [NameInMap("CpuOptionsNuma")] [Validation(Required = false)]
    public string CpuOptionsNuma { get; set; }

    /// <summary>Flattened query key: <c>CpuOptionsThreadsPerCore</c>.</summary>
    [NameInMap("CpuOptionsThreadsPerCore")] [Validation(Required = false)]
    public int? CpuOptionsThreadsPerCore { get; set; }

    /// <summary>Flattened query key: <c>DataCacheBucket</c>.</summary>
    [NameInMap("DataCacheBucket")] [Validation(Required = false)]
    public string DataCacheBucket { get; set; }

    /// <summary>Flattened query key: <c>DataCacheBurstingEnabled</c>.</summary>
    [NameInMap("DataCacheBurstingEnabled")] [Validation(Required = false)]
    public bool? DataCacheBurstingEnabled { get; set; }

    /// <summary>Flattened query key: <c>DataCachePL</c>.</summary>
    [NameInMap("DataCachePL")] [Validation(Required = false)]
    public string DataCachePL { get; set; }

    /// <summary>Flattened query key: <c>DataCacheProvisionedIops</c>.</summary>
    [NameInMap("DataCacheProvisionedIops")] [Validation(Required = false)]
    public long? DataCacheProvisionedIops { get; set; }

    /// <summary>Flattened query keys: <c>DnsConfig.*</c>.</summary>
    [NameInMap("DnsConfig")] [Validation(Required = false)]
    public CreateContainerGroupRequestDnsConfig DnsConfig { get; set; }

    /// <summary>The <c>DnsConfig</c> object (flattened as <c>DnsConfig.*</c>).</summary>
    public class CreateContainerGroupRequestDnsConfig : TeaModel
    {
        /// <summary>Flattened query key: <c>DnsConfig.NameServer.N</c>.</summary>
        [NameInMap("NameServer")] [Validation(Required = false)]
        public List<string> NameServer { get; set; }

        /// <summary>Flattened query keys: <c>DnsConfig.Option.N.*</c>.</summary>
        [NameInMap("Option")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestDnsConfigOption> Option { get; set; }

        /// <summary>One element of <c>Option</c> (flattened as <c>DnsConfig.Option.N.*</c>).</summary>
        public class CreateContainerGroupRequestDnsConfigOption : TeaModel
        {
            /// <summary>Flattened query key: <c>DnsConfig.Option.N.Name</c>.</summary>
            [NameInMap("Name")] [Validation(Required = false)]
            public string Name { get; set; }

            /// <summary>Flattened query key: <c>DnsConfig.Option.N.Value</c>.</summary>
            [NameInMap("Value")] [Validation(Required = false)]
            public string Value { get; set; }
        }

        /// <summary>Flattened query key: <c>DnsConfig.Search.N</c>.</summary>
        [NameInMap("Search")] [Validation(Required = false)]
        public List<string> Search { get; set; }
    }

    /// <summary>Flattened query key: <c>DnsPolicy</c>.</summary>
    [NameInMap("DnsPolicy")] [Validation(Required = false)]
    public string DnsPolicy { get; set; }

    /// <summary>Flattened query key: <c>DryRun</c>.</summary>
    [NameInMap("DryRun")] [Validation(Required = false)]
    public bool? DryRun { get; set; }

    /// <summary>Flattened query key: <c>EgressBandwidth</c>.</summary>
    [NameInMap("EgressBandwidth")] [Validation(Required = false)]
    public long? EgressBandwidth { get; set; }

    /// <summary>Flattened query key: <c>EphemeralStorage</c>.</summary>
    [NameInMap("EphemeralStorage")] [Validation(Required = false)]
    public int? EphemeralStorage { get; set; }

    /// <summary>Flattened query key: <c>FixedIp</c>.</summary>
    [NameInMap("FixedIp")] [Validation(Required = false)]
    public string FixedIp { get; set; }

    /// <summary>Flattened query key: <c>FixedIpRetainHour</c>.</summary>
    [NameInMap("FixedIpRetainHour")] [Validation(Required = false)]
    public int? FixedIpRetainHour { get; set; }

    /// <summary>Flattened query key: <c>GpuDriverVersion</c>.</summary>
    [NameInMap("GpuDriverVersion")] [Validation(Required = false)]
    public string GpuDriverVersion { get; set; }

    /// <summary>Extra host name entries (the SDK spells it <c>HostAliase</c>). Flattened query keys: <c>HostAliase.N.*</c>.</summary>
    [NameInMap("HostAliase")] [Validation(Required = false)]
    public List<CreateContainerGroupRequestHostAliase> HostAliase { get; set; }

    /// <summary>One element of <c>HostAliase</c> (flattened as <c>HostAliase.N.*</c>).</summary>
    public class CreateContainerGroupRequestHostAliase : TeaModel
    {
        /// <summary>Flattened query key: <c>HostAliase.N.Hostname.N</c>.</summary>
        [NameInMap("Hostname")] [Validation(Required = false)]
        public List<string> Hostname { get; set; }

        /// <summary>Flattened query key: <c>HostAliase.N.Ip</c>.</summary>
        [NameInMap("Ip")] [Validation(Required = false)]
        public string Ip { get; set; }
    }

    /// <summary>Flattened query key: <c>HostName</c>.</summary>
    [NameInMap("HostName")] [Validation(Required = false)]
    public string HostName { get; set; }

    /// <summary>Flattened query keys: <c>HostSecurityContext.*</c>.</summary>
    [NameInMap("HostSecurityContext")] [Validation(Required = false)]
    public CreateContainerGroupRequestHostSecurityContext HostSecurityContext { get; set; }

    /// <summary>The <c>HostSecurityContext</c> object (flattened as <c>HostSecurityContext.*</c>).</summary>
    public class CreateContainerGroupRequestHostSecurityContext : TeaModel
    {
        /// <summary>Flattened query keys: <c>HostSecurityContext.Sysctl.N.*</c>.</summary>
        [NameInMap("Sysctl")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestHostSecurityContextSysctl> Sysctl { get; set; }

        /// <summary>One element of <c>Sysctl</c> (flattened as <c>HostSecurityContext.Sysctl.N.*</c>).</summary>
        public class CreateContainerGroupRequestHostSecurityContextSysctl : TeaModel
        {
            /// <summary>Flattened query key: <c>HostSecurityContext.Sysctl.N.Name</c>.</summary>
            [NameInMap("Name")] [Validation(Required = false)]
            public string Name { get; set; }

            /// <summary>Flattened query key: <c>HostSecurityContext.Sysctl.N.Value</c>.</summary>
            [NameInMap("Value")] [Validation(Required = false)]
            public string Value { get; set; }
        }
    }

    /// <summary>Flattened query key: <c>IngressBandwidth</c>.</summary>
    [NameInMap("IngressBandwidth")] [Validation(Required = false)]
    public long? IngressBandwidth { get; set; }

    /// <summary>Flattened query key: <c>InstanceType</c>.</summary>
    [NameInMap("InstanceType")] [Validation(Required = false)]
    public string InstanceType { get; set; }

    /// <summary>Flattened query key: <c>Ipv6AddressCount</c>.</summary>
    [NameInMap("Ipv6AddressCount")] [Validation(Required = false)]
    public int? Ipv6AddressCount { get; set; }

    /// <summary>Flattened query key: <c>Ipv6GatewayBandwidth</c>.</summary>
    [NameInMap("Ipv6GatewayBandwidth")] [Validation(Required = false)]
    public string Ipv6GatewayBandwidth { get; set; }

    /// <summary>Flattened query key: <c>Ipv6GatewayBandwidthEnable</c>.</summary>
    [NameInMap("Ipv6GatewayBandwidthEnable")] [Validation(Required = false)]
    public bool? Ipv6GatewayBandwidthEnable { get; set; }

    /// <summary>Flattened query key: <c>Memory</c>.</summary>
    [NameInMap("Memory")] [Validation(Required = false)]
    public float? Memory { get; set; }

    /// <summary>Flattened query key: <c>NtpServer.N</c>.</summary>
    [NameInMap("NtpServer")] [Validation(Required = false)]
    public List<string> NtpServer { get; set; }

    /// <summary>Flattened query key: <c>OwnerAccount</c>.</summary>
    [NameInMap("OwnerAccount")] [Validation(Required = false)]
    public string OwnerAccount { get; set; }

    /// <summary>Flattened query key: <c>OwnerId</c>.</summary>
    [NameInMap("OwnerId")] [Validation(Required = false)]
    public long? OwnerId { get; set; }

    /// <summary>Flattened query key: <c>PrivateIpAddress</c>.</summary>
    [NameInMap("PrivateIpAddress")] [Validation(Required = false)]
    public string PrivateIpAddress { get; set; }

    /// <summary>Flattened query key: <c>RamRoleName</c>.</summary>
    [NameInMap("RamRoleName")] [Validation(Required = false)]
    public string RamRoleName { get; set; }

    /// <summary>Flattened query key: <c>ResourceGroupId</c>.</summary>
    [NameInMap("ResourceGroupId")] [Validation(Required = false)]
    public string ResourceGroupId { get; set; }

    /// <summary>Flattened query key: <c>ResourceOwnerAccount</c>.</summary>
    [NameInMap("ResourceOwnerAccount")] [Validation(Required = false)]
    public string ResourceOwnerAccount { get; set; }

    /// <summary>Flattened query key: <c>ResourceOwnerId</c>.</summary>
    [NameInMap("ResourceOwnerId")] [Validation(Required = false)]
    public long? ResourceOwnerId { get; set; }

    /// <summary>Flattened query key: <c>RestartPolicy</c>.</summary>
    [NameInMap("RestartPolicy")] [Validation(Required = false)]
    public string RestartPolicy { get; set; }

    /// <summary>Flattened query key: <c>ScheduleStrategy</c>.</summary>
    [NameInMap("ScheduleStrategy")] [Validation(Required = false)]
    public string ScheduleStrategy { get; set; }

    /// <summary>Flattened query keys: <c>SecurityContext.*</c>.</summary>
    [NameInMap("SecurityContext")] [Validation(Required = false)]
    public CreateContainerGroupRequestSecurityContext SecurityContext { get; set; }

    /// <summary>The <c>SecurityContext</c> object (flattened as <c>SecurityContext.*</c>).</summary>
    public class CreateContainerGroupRequestSecurityContext : TeaModel
    {
        /// <summary>Flattened query keys: <c>SecurityContext.Sysctl.N.*</c>.</summary>
        [NameInMap("Sysctl")] [Validation(Required = false)]
        public List<CreateContainerGroupRequestSecurityContextSysctl> Sysctl { get; set; }

        /// <summary>One element of <c>Sysctl</c> (flattened as <c>SecurityContext.Sysctl.N.*</c>).</summary>
        public class CreateContainerGroupRequestSecurityContextSysctl : TeaModel
        {
            /// <summary>Flattened query key: <c>SecurityContext.Sysctl.N.Name</c>.</summary>
            [NameInMap("Name")] [Validation(Required = false)]
            public string Name { get; set; }

            /// <summary>Flattened query key: <c>SecurityContext.Sysctl.N.Value</c>.</summary>
            [NameInMap("Value")] [Validation(Required = false)]
            public string Value { get; set; }
        }
    }

    /// <summary>Flattened query key: <c>ShareProcessNamespace</c>.</summary>
    [NameInMap("ShareProcessNamespace")] [Validation(Required = false)]
    public bool? ShareProcessNamespace { get; set; }

    /// <summary>Flattened query key: <c>SpotDuration</c>.</summary>
    [NameInMap("SpotDuration")] [Validation(Required = false)]
    public long? SpotDuration { get; set; }

    /// <summary>Flattened query key: <c>SpotPriceLimit</c>.</summary>
    [NameInMap("SpotPriceLimit")] [Validation(Required = false)]
    public float? SpotPriceLimit { get; set; }

    /// <summary>Flattened query key: <c>SpotStrategy</c>.</summary>
    [NameInMap("SpotStrategy")] [Validation(Required = false)]
    public string SpotStrategy { get; set; }

    /// <summary>Flattened query key: <c>StrictSpot</c>.</summary>
    [NameInMap("StrictSpot")] [Validation(Required = false)]
    public bool? StrictSpot { get; set; }

    /// <summary>Flattened query keys: <c>Tag.N.*</c>.</summary>
    [NameInMap("Tag")] [Validation(Required = false)]
    public List<CreateContainerGroupRequestTag> Tag { get; set; }

    /// <summary>One element of <c>Tag</c> (flattened as <c>Tag.N.*</c>).</summary>
    public class CreateContainerGroupRequestTag : TeaModel
    {
        /// <summary>Flattened query key: <c>Tag.N.Key</c>.</summary>
        [NameInMap("Key")] [Validation(Required = false)]
        public string Key { get; set; }

        /// <summary>Flattened query key: <c>Tag.N.Value</c>.</summary>
        [NameInMap("Value")] [Validation(Required = false)]
        public string Value { get; set; }
    }

    /// <summary>Flattened query key: <c>TerminationGracePeriodSeconds</c>.</summary>
    [NameInMap("TerminationGracePeriodSeconds")] [Validation(Required = false)]
    public long? TerminationGracePeriodSeconds { get; set; }

    /// <summary>Flattened query keys: <c>Volume.N.*</c>.</summary>
    [NameInMap("Volume")] [Validation(Required = false)]
    public List<CreateContainerGroupRequestVolume> Volume { get; set; }

    /// <summary>One element of <c>Volume</c> (flattened as <c>Volume.N.*</c>).</summary>
    public class CreateContainerGroupRequestVolume : TeaModel
    {
        /// <summary>Flattened query keys: <c>Volume.N.ConfigFileVolume.*</c>.</summary>
        [NameInMap("ConfigFileVolume")] [Validation(Required = false)]
        public CreateContainerGroupRequestVolumeConfigFileVolume ConfigFileVolume { get; set; }

        /// <summary>The <c>ConfigFileVolume</c> object (flattened as <c>Volume.N.ConfigFileVolume.*</c>).</summary>
        public class CreateContainerGroupRequestVolumeConfigFileVolume : TeaModel
        {
            /// <summary>Flattened query keys: <c>Volume.N.ConfigFileVolume.ConfigFileToPath.N.*</c>.</summary>
            [NameInMap("ConfigFileToPath")] [Validation(Required = false)]
            public List<CreateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath> ConfigFileToPath { get; set; }

            /// <summary>One element of <c>ConfigFileToPath</c> (flattened as <c>Volume.N.ConfigFileVolume.ConfigFileToPath.N.*</c>).</summary>
            public class CreateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath : TeaModel
            {
                /// <summary>Flattened query key: <c>Volume.N.ConfigFileVolume.ConfigFileToPath.N.Content</c>.</summary>
                [NameInMap("Content")] [Validation(Required = false)]
                public string Content { get; set; }

                /// <summary>Flattened query key: <c>Volume.N.ConfigFileVolume.ConfigFileToPath.N.Mode</c>.</summary>
                [NameInMap("Mode")] [Validation(Required = false)]
                public int? Mode { get; set; }

                /// <summary>Flattened query key: <c>Volume.N.ConfigFileVolume.ConfigFileToPath.N.Path</c>.</summary>
                [NameInMap("Path")] [Validation(Required = false)]
                public string Path { get; set; }
            }

            /// <summary>Flattened query key: <c>Volume.N.ConfigFileVolume.DefaultMode</c>.</summary>
            [NameInMap("DefaultMode")] [Validation(Required = false)]
            public int? DefaultMode { get; set; }
        }

        /// <summary>Flattened query keys: <c>Volume.N.DiskVolume.*</c>.</summary>
        [NameInMap("DiskVolume")] [Validation(Required = false)]
        public CreateContainerGroupRequestVolumeDiskVolume DiskVolume { get; set; }

        /// <summary>The <c>DiskVolume</c> object (flattened as <c>Volume.N.DiskVolume.*</c>).</summary>
        public class CreateContainerGroupRequestVolumeDiskVolume : TeaModel
        {
            /// <summary>Flattened query key: <c>Volume.N.DiskVolume.DiskId</c>.</summary>
            [NameInMap("DiskId")] [Validation(Required = false)]
            public string DiskId { get; set; }

            /// <summary>Flattened query key: <c>Volume.N.DiskVolume.DiskSize</c>.</summary>
            [NameInMap("DiskSize")] [Validation(Required = false)]
            public int? DiskSize { get; set; }

            /// <summary>Flattened query key: <c>Volume.N.DiskVolume.FsType</c>.</summary>
            [NameInMap("FsType")] [Validation(Required = false)]
            public string FsType { get; set; }
        }

        /// <summary>Flattened query keys: <c>Volume.N.EmptyDirVolume.*</c>.</summary>
        [NameInMap("EmptyDirVolume")] [Validation(Required = false)]
        public CreateContainerGroupRequestVolumeEmptyDirVolume EmptyDirVolume { get; set; }

        /// <summary>The <c>EmptyDirVolume</c> object (flattened as <c>Volume.N.EmptyDirVolume.*</c>).</summary>
        public class CreateContainerGroupRequestVolumeEmptyDirVolume : TeaModel
        {
            /// <summary>Flattened query key: <c>Volume.N.EmptyDirVolume.Medium</c>.</summary>
            [NameInMap("Medium")] [Validation(Required = false)]
            public string Medium { get; set; }

            /// <summary>Flattened query key: <c>Volume.N.EmptyDirVolume.SizeLimit</c>.</summary>
            [NameInMap("SizeLimit")] [Validation(Required = false)]
            public string SizeLimit { get; set; }
        }

        /// <summary>Flattened query keys: <c>Volume.N.FlexVolume.*</c>.</summary>
        [NameInMap("FlexVolume")] [Validation(Required = false)]
        public CreateContainerGroupRequestVolumeFlexVolume FlexVolume { get; set; }

        /// <summary>The <c>FlexVolume</c> object (flattened as <c>Volume.N.FlexVolume.*</c>).</summary>
        public class CreateContainerGroupRequestVolumeFlexVolume : TeaModel
        {
            /// <summary>Flattened query key: <c>Volume.N.FlexVolume.Driver</c>.</summary>
            [NameInMap("Driver")] [Validation(Required = false)]
            public string Driver { get; set; }

            /// <summary>Flattened query key: <c>Volume.N.FlexVolume.FsType</c>.</summary>
            [NameInMap("FsType")] [Validation(Required = false)]
            public string FsType { get; set; }

            /// <summary>Flattened query key: <c>Volume.N.FlexVolume.Options</c>.</summary>
            [NameInMap("Options")] [Validation(Required = false)]
            public string Options { get; set; }
        }

        /// <summary>Flattened query keys: <c>Volume.N.HostPathVolume.*</c>.</summary>
        [NameInMap("HostPathVolume")] [Validation(Required = false)]
        public CreateContainerGroupRequestVolumeHostPathVolume HostPathVolume { get; set; }

        /// <summary>The <c>HostPathVolume</c> object (flattened as <c>Volume.N.HostPathVolume.*</c>).</summary>
        public class CreateContainerGroupRequestVolumeHostPathVolume : TeaModel
        {
            /// <summary>Flattened query key: <c>Volume.N.HostPathVolume.Path</c>.</summary>
            [NameInMap("Path")] [Validation(Required = false)]
            public string Path { get; set; }

            /// <summary>Flattened query key: <c>Volume.N.HostPathVolume.Type</c>.</summary>
            [NameInMap("Type")] [Validation(Required = false)]
            public string Type { get; set; }
        }

        /// <summary>Flattened query keys: <c>Volume.N.NFSVolume.*</c>.</summary>
        [NameInMap("NFSVolume")] [Validation(Required = false)]
        public CreateContainerGroupRequestVolumeNFSVolume NFSVolume { get; set; }

        /// <summary>The <c>NFSVolume</c> object (flattened as <c>Volume.N.NFSVolume.*</c>).</summary>
        public class CreateContainerGroupRequestVolumeNFSVolume : TeaModel
        {
            /// <summary>Flattened query key: <c>Volume.N.NFSVolume.Path</c>.</summary>
            [NameInMap("Path")] [Validation(Required = false)]
            public string Path { get; set; }

            /// <summary>Flattened query key: <c>Volume.N.NFSVolume.ReadOnly</c>.</summary>
            [NameInMap("ReadOnly")] [Validation(Required = false)]
            public bool? ReadOnly { get; set; }

            /// <summary>Flattened query key: <c>Volume.N.NFSVolume.Server</c>.</summary>
            [NameInMap("Server")] [Validation(Required = false)]
            public string Server { get; set; }
        }

        /// <summary>Flattened query key: <c>Volume.N.Name</c>.</summary>
        [NameInMap("Name")] [Validation(Required = false)]
        public string Name { get; set; }

        /// <summary>Flattened query key: <c>Volume.N.Type</c>.</summary>
        [NameInMap("Type")] [Validation(Required = false)]
        public string Type { get; set; }
    }
}
