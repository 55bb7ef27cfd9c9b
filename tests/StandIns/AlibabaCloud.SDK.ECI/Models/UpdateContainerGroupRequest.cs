// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// Only the public surface is mirrored (namespaces, type names, nesting, property names and types) so that code and
// analyzers bind exactly as they do against the real SDK. No behaviour of the real SDK is here. Never packed or shipped.

using System.Collections.Generic;

using Tea;

namespace AlibabaCloud.SDK.Eci20180808.Models;

/// <summary>Request of the <c>UpdateContainerGroup</c> operation: changes an existing elastic container instance, pulling any new images. It has no <c>PlainHttpRegistry</c>, <c>InsecureRegistry</c>, elastic IP or image cache members.</summary>
public class UpdateContainerGroupRequest : TeaModel
{
    /// <summary>The containers in their new form. Flattened query keys: <c>Container.N.*</c>.</summary>
    [NameInMap("Container")] [Validation(Required = false)]
    public List<UpdateContainerGroupRequestContainer> Container { get; set; }

    /// <summary>One container in its new form; its <c>Image</c> is pulled when the update is applied.</summary>
    public class UpdateContainerGroupRequestContainer : TeaModel
    {
        /// <summary>Flattened query keys: <c>Container.N.LivenessProbe.*</c>.</summary>
        [NameInMap("LivenessProbe")] [Validation(Required = false)]
        public UpdateContainerGroupRequestContainerLivenessProbe LivenessProbe { get; set; }

        /// <summary>The <c>LivenessProbe</c> object (flattened as <c>Container.N.LivenessProbe.*</c>).</summary>
        public class UpdateContainerGroupRequestContainerLivenessProbe : TeaModel
        {
            /// <summary>Flattened query keys: <c>Container.N.LivenessProbe.Exec.*</c>.</summary>
            [NameInMap("Exec")] [Validation(Required = false)]
            public UpdateContainerGroupRequestContainerLivenessProbeExec Exec { get; set; }

            /// <summary>The <c>Exec</c> object (flattened as <c>Container.N.LivenessProbe.Exec.*</c>).</summary>
            public class UpdateContainerGroupRequestContainerLivenessProbeExec : TeaModel
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
            public UpdateContainerGroupRequestContainerLivenessProbeHttpGet HttpGet { get; set; }

            /// <summary>The <c>HttpGet</c> object (flattened as <c>Container.N.LivenessProbe.HttpGet.*</c>).</summary>
            public class UpdateContainerGroupRequestContainerLivenessProbeHttpGet : TeaModel
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
            public UpdateContainerGroupRequestContainerLivenessProbeTcpSocket TcpSocket { get; set; }

            /// <summary>The <c>TcpSocket</c> object (flattened as <c>Container.N.LivenessProbe.TcpSocket.*</c>).</summary>
            public class UpdateContainerGroupRequestContainerLivenessProbeTcpSocket : TeaModel
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
        public UpdateContainerGroupRequestContainerReadinessProbe ReadinessProbe { get; set; }

        /// <summary>The <c>ReadinessProbe</c> object (flattened as <c>Container.N.ReadinessProbe.*</c>).</summary>
        public class UpdateContainerGroupRequestContainerReadinessProbe : TeaModel
        {
            /// <summary>Flattened query keys: <c>Container.N.ReadinessProbe.Exec.*</c>.</summary>
            [NameInMap("Exec")] [Validation(Required = false)]
            public UpdateContainerGroupRequestContainerReadinessProbeExec Exec { get; set; }

            /// <summary>The <c>Exec</c> object (flattened as <c>Container.N.ReadinessProbe.Exec.*</c>).</summary>
            public class UpdateContainerGroupRequestContainerReadinessProbeExec : TeaModel
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
            public UpdateContainerGroupRequestContainerReadinessProbeHttpGet HttpGet { get; set; }

            /// <summary>The <c>HttpGet</c> object (flattened as <c>Container.N.ReadinessProbe.HttpGet.*</c>).</summary>
            public class UpdateContainerGroupRequestContainerReadinessProbeHttpGet : TeaModel
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
            public UpdateContainerGroupRequestContainerReadinessProbeTcpSocket TcpSocket { get; set; }

            /// <summary>The <c>TcpSocket</c> object (flattened as <c>Container.N.ReadinessProbe.TcpSocket.*</c>).</summary>
            public class UpdateContainerGroupRequestContainerReadinessProbeTcpSocket : TeaModel
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
        public UpdateContainerGroupRequestContainerSecurityContext SecurityContext { get; set; }

        /// <summary>The <c>SecurityContext</c> object (flattened as <c>Container.N.SecurityContext.*</c>).</summary>
        public class UpdateContainerGroupRequestContainerSecurityContext : TeaModel
        {
            /// <summary>Flattened query keys: <c>Container.N.SecurityContext.Capability.*</c>.</summary>
            [NameInMap("Capability")] [Validation(Required = false)]
            public UpdateContainerGroupRequestContainerSecurityContextCapability Capability { get; set; }

            /// <summary>The <c>Capability</c> object (flattened as <c>Container.N.SecurityContext.Capability.*</c>).</summary>
            public class UpdateContainerGroupRequestContainerSecurityContextCapability : TeaModel
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
        public List<UpdateContainerGroupRequestContainerEnvironmentVar> EnvironmentVar { get; set; }

        /// <summary>One element of <c>EnvironmentVar</c> (flattened as <c>Container.N.EnvironmentVar.N.*</c>).</summary>
        public class UpdateContainerGroupRequestContainerEnvironmentVar : TeaModel
        {
            /// <summary>Flattened query keys: <c>Container.N.EnvironmentVar.N.FieldRef.*</c>.</summary>
            [NameInMap("FieldRef")] [Validation(Required = false)]
            public UpdateContainerGroupRequestContainerEnvironmentVarFieldRef FieldRef { get; set; }

            /// <summary>The <c>FieldRef</c> object (flattened as <c>Container.N.EnvironmentVar.N.FieldRef.*</c>).</summary>
            public class UpdateContainerGroupRequestContainerEnvironmentVarFieldRef : TeaModel
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

        /// <summary>Flattened query key: <c>Container.N.Gpu</c>.</summary>
        [NameInMap("Gpu")] [Validation(Required = false)]
        public int? Gpu { get; set; }

        /// <summary>The image reference to pull, for example <c>registry-vpc.cn-hangzhou.aliyuncs.com/ns/app:1.0</c>; ECI resolves the registry from it. Flattened query key: <c>Container.N.Image</c>.</summary>
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

        /// <summary>Plural here, unlike the singular preStop list and the CreateContainerGroup members (an SDK naming quirk). Flattened query keys: <c>Container.N.LifecyclePostStartHandlerHttpGetHttpHeaders.N.*</c>.</summary>
        [NameInMap("LifecyclePostStartHandlerHttpGetHttpHeaders")] [Validation(Required = false)]
        public List<UpdateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeaders> LifecyclePostStartHandlerHttpGetHttpHeaders { get; set; }

        /// <summary>One element of <c>LifecyclePostStartHandlerHttpGetHttpHeaders</c> (flattened as <c>Container.N.LifecyclePostStartHandlerHttpGetHttpHeaders.N.*</c>).</summary>
        public class UpdateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeaders : TeaModel
        {
            /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerHttpGetHttpHeaders.N.Name</c>.</summary>
            [NameInMap("Name")] [Validation(Required = false)]
            public string Name { get; set; }

            /// <summary>Flattened query key: <c>Container.N.LifecyclePostStartHandlerHttpGetHttpHeaders.N.Value</c>.</summary>
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
        public List<UpdateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader> LifecyclePreStopHandlerHttpGetHttpHeader { get; set; }

        /// <summary>One element of <c>LifecyclePreStopHandlerHttpGetHttpHeader</c> (flattened as <c>Container.N.LifecyclePreStopHandlerHttpGetHttpHeader.N.*</c>).</summary>
        public class UpdateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader : TeaModel
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

        /// <summary>Name of the container. Flattened query key: <c>Container.N.Name</c>.</summary>
        [NameInMap("Name")] [Validation(Required = false)]
        public string Name { get; set; }

        /// <summary>Flattened query keys: <c>Container.N.Port.N.*</c>.</summary>
        [NameInMap("Port")] [Validation(Required = false)]
        public List<UpdateContainerGroupRequestContainerPort> Port { get; set; }

        /// <summary>One element of <c>Port</c> (flattened as <c>Container.N.Port.N.*</c>).</summary>
        public class UpdateContainerGroupRequestContainerPort : TeaModel
        {
            /// <summary>Port number, 1 to 65535. Flattened query key: <c>Container.N.Port.N.Port</c>.</summary>
            [NameInMap("Port")] [Validation(Required = false)]
            public int? Port { get; set; }

            /// <summary><c>TCP</c> or <c>UDP</c>. Flattened query key: <c>Container.N.Port.N.Protocol</c>.</summary>
            [NameInMap("Protocol")] [Validation(Required = false)]
            public string Protocol { get; set; }
        }

        /// <summary>Flattened query key: <c>Container.N.Stdin</c>.</summary>
        [NameInMap("Stdin")] [Validation(Required = false)]
        public bool? Stdin { get; set; }

        /// <summary>Flattened query key: <c>Container.N.StdinOnce</c>.</summary>
        [NameInMap("StdinOnce")] [Validation(Required = false)]
        public bool? StdinOnce { get; set; }

        /// <summary>Flattened query key: <c>Container.N.Tty</c>.</summary>
        [NameInMap("Tty")] [Validation(Required = false)]
        public bool? Tty { get; set; }

        /// <summary>Flattened query keys: <c>Container.N.VolumeMount.N.*</c>.</summary>
        [NameInMap("VolumeMount")] [Validation(Required = false)]
        public List<UpdateContainerGroupRequestContainerVolumeMount> VolumeMount { get; set; }

        /// <summary>One element of <c>VolumeMount</c> (flattened as <c>Container.N.VolumeMount.N.*</c>).</summary>
        public class UpdateContainerGroupRequestContainerVolumeMount : TeaModel
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

    /// <summary>The init containers in their new form. Flattened query keys: <c>InitContainer.N.*</c>.</summary>
    [NameInMap("InitContainer")] [Validation(Required = false)]
    public List<UpdateContainerGroupRequestInitContainer> InitContainer { get; set; }

    /// <summary>One init container in its new form; its <c>Image</c> is pulled too.</summary>
    public class UpdateContainerGroupRequestInitContainer : TeaModel
    {
        /// <summary>Flattened query keys: <c>InitContainer.N.SecurityContext.*</c>.</summary>
        [NameInMap("SecurityContext")] [Validation(Required = false)]
        public UpdateContainerGroupRequestInitContainerSecurityContext SecurityContext { get; set; }

        /// <summary>The <c>SecurityContext</c> object (flattened as <c>InitContainer.N.SecurityContext.*</c>).</summary>
        public class UpdateContainerGroupRequestInitContainerSecurityContext : TeaModel
        {
            /// <summary>Flattened query keys: <c>InitContainer.N.SecurityContext.Capability.*</c>.</summary>
            [NameInMap("Capability")] [Validation(Required = false)]
            public UpdateContainerGroupRequestInitContainerSecurityContextCapability Capability { get; set; }

            /// <summary>The <c>Capability</c> object (flattened as <c>InitContainer.N.SecurityContext.Capability.*</c>).</summary>
            public class UpdateContainerGroupRequestInitContainerSecurityContextCapability : TeaModel
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
        public List<UpdateContainerGroupRequestInitContainerEnvironmentVar> EnvironmentVar { get; set; }

        /// <summary>One element of <c>EnvironmentVar</c> (flattened as <c>InitContainer.N.EnvironmentVar.N.*</c>).</summary>
        public class UpdateContainerGroupRequestInitContainerEnvironmentVar : TeaModel
        {
            /// <summary>Flattened query keys: <c>InitContainer.N.EnvironmentVar.N.FieldRef.*</c>.</summary>
            [NameInMap("FieldRef")] [Validation(Required = false)]
            public UpdateContainerGroupRequestInitContainerEnvironmentVarFieldRef FieldRef { get; set; }

            /// <summary>The <c>FieldRef</c> object (flattened as <c>InitContainer.N.EnvironmentVar.N.FieldRef.*</c>).</summary>
            public class UpdateContainerGroupRequestInitContainerEnvironmentVarFieldRef : TeaModel
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
        public List<UpdateContainerGroupRequestInitContainerPort> Port { get; set; }

        /// <summary>One element of <c>Port</c> (flattened as <c>InitContainer.N.Port.N.*</c>).</summary>
        public class UpdateContainerGroupRequestInitContainerPort : TeaModel
        {
            /// <summary>Port number, 1 to 65535. Flattened query key: <c>InitContainer.N.Port.N.Port</c>.</summary>
            [NameInMap("Port")] [Validation(Required = false)]
            public int? Port { get; set; }

            /// <summary><c>TCP</c> or <c>UDP</c>. Flattened query key: <c>InitContainer.N.Port.N.Protocol</c>.</summary>
            [NameInMap("Protocol")] [Validation(Required = false)]
            public string Protocol { get; set; }
        }

        /// <summary>Flattened query key: <c>InitContainer.N.Stdin</c>.</summary>
        [NameInMap("Stdin")] [Validation(Required = false)]
        public bool? Stdin { get; set; }

        /// <summary>Flattened query key: <c>InitContainer.N.StdinOnce</c>.</summary>
        [NameInMap("StdinOnce")] [Validation(Required = false)]
        public bool? StdinOnce { get; set; }

        /// <summary>Flattened query key: <c>InitContainer.N.Tty</c>.</summary>
        [NameInMap("Tty")] [Validation(Required = false)]
        public bool? Tty { get; set; }

        /// <summary>Flattened query keys: <c>InitContainer.N.VolumeMount.N.*</c>.</summary>
        [NameInMap("VolumeMount")] [Validation(Required = false)]
        public List<UpdateContainerGroupRequestInitContainerVolumeMount> VolumeMount { get; set; }

        /// <summary>One element of <c>VolumeMount</c> (flattened as <c>InitContainer.N.VolumeMount.N.*</c>).</summary>
        public class UpdateContainerGroupRequestInitContainerVolumeMount : TeaModel
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
    public List<UpdateContainerGroupRequestImageRegistryCredential> ImageRegistryCredential { get; set; }

    /// <summary>One registry login. ECI uses it for images whose registry host equals <c>Server</c>.</summary>
    public class UpdateContainerGroupRequestImageRegistryCredential : TeaModel
    {
        /// <summary>Password for the registry login. Flattened query key: <c>ImageRegistryCredential.N.Password</c>.</summary>
        [NameInMap("Password")] [Validation(Required = false)]
        public string Password { get; set; }

        /// <summary>Registry host the login applies to, without an <c>http://</c> or <c>https://</c> prefix. Flattened query key: <c>ImageRegistryCredential.N.Server</c>.</summary>
        [NameInMap("Server")] [Validation(Required = false)]
        public string Server { get; set; }

        /// <summary>User name for the registry login (capital N, as in the SDK). Flattened query key: <c>ImageRegistryCredential.N.UserName</c>.</summary>
        [NameInMap("UserName")] [Validation(Required = false)]
        public string UserName { get; set; }
    }

    /// <summary>Container Registry Enterprise Edition instances to pull from without a password. Unlike the create operations, there are no <c>ArnService</c>/<c>ArnUser</c> members here. Flattened query keys: <c>AcrRegistryInfo.N.*</c>.</summary>
    [NameInMap("AcrRegistryInfo")] [Validation(Required = false)]
    public List<UpdateContainerGroupRequestAcrRegistryInfo> AcrRegistryInfo { get; set; }

    /// <summary>One Container Registry Enterprise Edition (ACR EE) instance whose images are pulled without a password.</summary>
    public class UpdateContainerGroupRequestAcrRegistryInfo : TeaModel
    {
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

    /// <summary>Region of the instance. Documented as required. Flattened query key: <c>RegionId</c>.</summary>
    [NameInMap("RegionId")] [Validation(Required = false)]
    public string RegionId { get; set; }

    /// <summary>ID of the instance to update. Documented as required. Flattened query key: <c>ContainerGroupId</c>.</summary>
    [NameInMap("ContainerGroupId")] [Validation(Required = false)]
    public string ContainerGroupId { get; set; }

    /// <summary><c>RenewUpdate</c> (default: the request replaces the whole configuration) or <c>IncrementalUpdate</c>. Flattened query key: <c>UpdateType</c>.</summary>
    [NameInMap("UpdateType")] [Validation(Required = false)]
    public string UpdateType { get; set; }

    /// <summary>Flattened query key: <c>ClientToken</c>.</summary>
    [NameInMap("ClientToken")] [Validation(Required = false)]
    public string ClientToken { get; set; }

    /// <summary>Flattened query key: <c>Cpu</c>.</summary>
    [NameInMap("Cpu")] [Validation(Required = false)]
    public float? Cpu { get; set; }

    /// <summary>Flattened query keys: <c>DnsConfig.*</c>.</summary>
    [NameInMap("DnsConfig")] [Validation(Required = false)]
    public UpdateContainerGroupRequestDnsConfig DnsConfig { get; set; }

    /// <summary>The <c>DnsConfig</c> object (flattened as <c>DnsConfig.*</c>).</summary>
    public class UpdateContainerGroupRequestDnsConfig : TeaModel
    {
        /// <summary>Flattened query key: <c>DnsConfig.NameServer.N</c>.</summary>
        [NameInMap("NameServer")] [Validation(Required = false)]
        public List<string> NameServer { get; set; }

        /// <summary>Flattened query keys: <c>DnsConfig.Option.N.*</c>.</summary>
        [NameInMap("Option")] [Validation(Required = false)]
        public List<UpdateContainerGroupRequestDnsConfigOption> Option { get; set; }

        /// <summary>One element of <c>Option</c> (flattened as <c>DnsConfig.Option.N.*</c>).</summary>
        public class UpdateContainerGroupRequestDnsConfigOption : TeaModel
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

    /// <summary>Flattened query key: <c>Memory</c>.</summary>
    [NameInMap("Memory")] [Validation(Required = false)]
    public float? Memory { get; set; }

    /// <summary>Flattened query key: <c>OwnerAccount</c>.</summary>
    [NameInMap("OwnerAccount")] [Validation(Required = false)]
    public string OwnerAccount { get; set; }

    /// <summary>Flattened query key: <c>OwnerId</c>.</summary>
    [NameInMap("OwnerId")] [Validation(Required = false)]
    public long? OwnerId { get; set; }

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

    /// <summary>Flattened query keys: <c>Tag.N.*</c>.</summary>
    [NameInMap("Tag")] [Validation(Required = false)]
    public List<UpdateContainerGroupRequestTag> Tag { get; set; }

    /// <summary>One element of <c>Tag</c> (flattened as <c>Tag.N.*</c>).</summary>
    public class UpdateContainerGroupRequestTag : TeaModel
    {
        /// <summary>Flattened query key: <c>Tag.N.Key</c>.</summary>
        [NameInMap("Key")] [Validation(Required = false)]
        public string Key { get; set; }

        /// <summary>Flattened query key: <c>Tag.N.Value</c>.</summary>
        [NameInMap("Value")] [Validation(Required = false)]
        public string Value { get; set; }
    }

    /// <summary>Flattened query keys: <c>Volume.N.*</c>.</summary>
    [NameInMap("Volume")] [Validation(Required = false)]
    public List<UpdateContainerGroupRequestVolume> Volume { get; set; }

    /// <summary>One element of <c>Volume</c> (flattened as <c>Volume.N.*</c>).</summary>
    public class UpdateContainerGroupRequestVolume : TeaModel
    {
        /// <summary>Flattened query keys: <c>Volume.N.ConfigFileVolume.*</c>.</summary>
        [NameInMap("ConfigFileVolume")] [Validation(Required = false)]
        public UpdateContainerGroupRequestVolumeConfigFileVolume ConfigFileVolume { get; set; }

        /// <summary>The <c>ConfigFileVolume</c> object (flattened as <c>Volume.N.ConfigFileVolume.*</c>).</summary>
        public class UpdateContainerGroupRequestVolumeConfigFileVolume : TeaModel
        {
            /// <summary>Flattened query keys: <c>Volume.N.ConfigFileVolume.ConfigFileToPath.N.*</c>.</summary>
            [NameInMap("ConfigFileToPath")] [Validation(Required = false)]
            public List<UpdateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath> ConfigFileToPath { get; set; }

            /// <summary>One element of <c>ConfigFileToPath</c> (flattened as <c>Volume.N.ConfigFileVolume.ConfigFileToPath.N.*</c>).</summary>
            public class UpdateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath : TeaModel
            {
                /// <summary>Flattened query key: <c>Volume.N.ConfigFileVolume.ConfigFileToPath.N.Content</c>.</summary>
                [NameInMap("Content")] [Validation(Required = false)]
                public string Content { get; set; }

                /// <summary>Flattened query key: <c>Volume.N.ConfigFileVolume.ConfigFileToPath.N.Path</c>.</summary>
                [NameInMap("Path")] [Validation(Required = false)]
                public string Path { get; set; }
            }
        }

        /// <summary>Flattened query keys: <c>Volume.N.EmptyDirVolume.*</c>.</summary>
        [NameInMap("EmptyDirVolume")] [Validation(Required = false)]
        public UpdateContainerGroupRequestVolumeEmptyDirVolume EmptyDirVolume { get; set; }

        /// <summary>The <c>EmptyDirVolume</c> object (flattened as <c>Volume.N.EmptyDirVolume.*</c>).</summary>
        public class UpdateContainerGroupRequestVolumeEmptyDirVolume : TeaModel
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
        public UpdateContainerGroupRequestVolumeFlexVolume FlexVolume { get; set; }

        /// <summary>The <c>FlexVolume</c> object (flattened as <c>Volume.N.FlexVolume.*</c>).</summary>
        public class UpdateContainerGroupRequestVolumeFlexVolume : TeaModel
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
        public UpdateContainerGroupRequestVolumeHostPathVolume HostPathVolume { get; set; }

        /// <summary>The <c>HostPathVolume</c> object (flattened as <c>Volume.N.HostPathVolume.*</c>).</summary>
        public class UpdateContainerGroupRequestVolumeHostPathVolume : TeaModel
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
        public UpdateContainerGroupRequestVolumeNFSVolume NFSVolume { get; set; }

        /// <summary>The <c>NFSVolume</c> object (flattened as <c>Volume.N.NFSVolume.*</c>).</summary>
        public class UpdateContainerGroupRequestVolumeNFSVolume : TeaModel
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
