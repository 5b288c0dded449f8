using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>
/// Deploy-time warning for joins that some path can never satisfy (e.g. an exclusive split feeding a parallel join).
/// Plays the token game on each scope with every gateway choice open (conditions are not evaluated), user tasks and
/// other waits assumed to complete, sub-processes and call activities taken as single steps (their insides are
/// analysed as scopes of their own), and reports every join at which the tokens of some reachable state wait forever.
/// Moves of different nodes are independent and stay possible once possible (tokens only move forward, so a join that
/// may fire stays able to), so each state explores the moves of one node only: the choices multiply, the interleavings
/// of parallel branches do not.
/// </summary>
internal sealed class JoinAnalyzer(ProcessDefinition definition, ProblemLog problems)
{
    private const int MaxStates = 20_000;

    // Token counts saturate at "many" (Karp–Miller's ω): a flow that has it keeps it, so no token is ever lost by the bound.
    private const byte Many = byte.MaxValue;

    public void Warn()
    {
        foreach (var scope in definition.Nodes.Values.Select(n => n.ScopeId).Distinct())
        {
            new ScopeGame(definition, scope, problems).Play();
        }
    }

    private sealed class ScopeGame
    {
        private readonly ProcessDefinition definition;
        private readonly ProblemLog problems;
        private readonly List<FlowNode> scopeNodes;
        private readonly List<SequenceFlow> flows;
        private readonly Dictionary<string, int> flowIndex = new(StringComparer.Ordinal);
        private readonly IReadOnlyList<FlowNode> starts;
        private readonly string scopeLabel;

        public ScopeGame(ProcessDefinition definition, string? scopeId, ProblemLog problems)
        {
            this.definition = definition;
            this.problems = problems;
            scopeNodes = definition.Nodes.Values.Where(n => n.ScopeId == scopeId && n is not BoundaryEventNode).OrderBy(n => n.Line).ToList();
            flows = definition.Flows.Values.Where(f => definition.Nodes[f.SourceId].ScopeId == scopeId).ToList();
            for (var i = 0; i < flows.Count; i++) flowIndex[flows[i].Id] = i;
            starts = scopeId is null ? [.. definition.StartNodes(null), .. definition.TimerStartEvents] : definition.StartNodes(scopeId);
            scopeLabel = scopeId ?? definition.ProcessId;
        }

        public void Play()
        {
            if (!scopeNodes.Any(n => n is GatewayNode { Incoming.Count: > 1, Kind: GatewayKind.Parallel or GatewayKind.Inclusive })) return;
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var start in starts)
            {
                var initial = new byte[flows.Count];
                foreach (var successor in Leave(start)) Add(initial, successor);
                Explore(initial, reported);
            }
        }

        private void Explore(byte[] initial, HashSet<string> reported)
        {
            var seen = new Dictionary<string, (string? Parent, string? Choice)> { [Key(initial)] = (null, null) };
            var queue = new Queue<byte[]>([initial]);
            while (queue.TryDequeue(out var marking))
            {
                var moves = Moves(marking).ToList();
                if (moves.Count == 0 && marking.Any(c => c > 0))
                {
                    Report(marking, seen, reported);
                    continue;
                }

                foreach (var (next, choice) in moves)
                {
                    var key = Key(next);
                    if (seen.ContainsKey(key)) continue;
                    if (seen.Count >= MaxStates)
                    {
                        problems.Warning(scopeLabel, 0, $"the join check stopped after {MaxStates:N0} states; joins in {scopeLabel} were not all checked");
                        return;
                    }
                    seen[key] = (Key(marking), choice);
                    queue.Enqueue(next);
                }
            }
        }

        private IEnumerable<(byte[] Next, string? Choice)> Moves(byte[] marking)
        {
            foreach (var node in scopeNodes)
            {
                var moves = NodeMoves(marking, node).ToList();
                if (moves.Count == 0) continue;
                foreach (var move in moves) yield return move;
                yield break;
            }
        }

        private IEnumerable<(byte[] Next, string? Choice)> NodeMoves(byte[] marking, FlowNode node)
        {
            {
                var loaded = node.Incoming.Where(f => marking[flowIndex[f.Id]] > 0).ToList();
                if (loaded.Count == 0) yield break;
                if (node is GatewayNode { Kind: GatewayKind.Parallel } && loaded.Count < node.Incoming.Count) yield break;
                if (node is GatewayNode { Kind: GatewayKind.Inclusive } && loaded.Count < node.Incoming.Count && OthersCanArrive(marking, node)) yield break;
                var consumed = (byte[])marking.Clone();
                var taken = node is GatewayNode { Kind: GatewayKind.Parallel or GatewayKind.Inclusive } ? loaded : [loaded[0]];
                foreach (var flow in taken)
                {
                    if (consumed[flowIndex[flow.Id]] != Many) consumed[flowIndex[flow.Id]]--;
                }
                if (node is EndEventNode { Kind: not EndEventKind.None })
                {
                    yield return (new byte[flows.Count], null);
                    yield break;
                }

                foreach (var (outgoing, choice) in Alternatives(node))
                {
                    var next = (byte[])consumed.Clone();
                    foreach (var flow in outgoing) Add(next, flow);
                    yield return (next, choice);
                }
            }
        }

        /// <summary>The sets of flows a node may leave by: one per gateway choice, plus boundary-event exits of activities.</summary>
        private IEnumerable<(IReadOnlyList<SequenceFlow> Flows, string? Choice)> Alternatives(FlowNode node)
        {
            if (node is GatewayNode gateway && gateway.Kind != GatewayKind.Parallel && node.Outgoing.Count > 1)
            {
                if (gateway.Kind == GatewayKind.Inclusive)
                {
                    foreach (var subset in Subsets(node.Outgoing)) yield return (subset, $"'{node.Id}' takes {string.Join(" and ", subset.Select(f => f.Id))}");
                    yield break;
                }

                foreach (var flow in node.Outgoing) yield return ([flow], $"'{node.Id}' takes {flow.Id}");
                yield break;
            }

            yield return (Leave(node), null);
            foreach (var boundary in node.BoundaryEvents.Where(b => b.Outgoing.Count > 0))
            {
                yield return (boundary.CancelActivity ? boundary.Outgoing : [.. Leave(node), .. boundary.Outgoing], $"'{boundary.Id}' fires on '{node.Id}'");
            }
        }

        private static IReadOnlyList<SequenceFlow> Leave(FlowNode node) => node.Outgoing;

        private static IEnumerable<IReadOnlyList<SequenceFlow>> Subsets(IReadOnlyList<SequenceFlow> flows)
        {
            if (flows.Count > 6)
            {
                foreach (var flow in flows) yield return [flow];
                yield return flows;
                yield break;
            }

            for (var mask = 1; mask < 1 << flows.Count; mask++)
            {
                yield return flows.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            }
        }

        private bool OthersCanArrive(byte[] marking, FlowNode join) =>
            flows.Where((f, i) => marking[i] > 0 && f.TargetId != join.Id).Any(f => Reaches(f.TargetId, join.Id));

        private bool Reaches(string fromId, string targetId)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>([fromId]);
            while (pending.TryPop(out var id))
            {
                if (id == targetId) return true;
                if (!seen.Add(id)) continue;
                var node = definition.Nodes[id];
                foreach (var next in node.Outgoing.Select(f => f.TargetId).Concat(node.BoundaryEvents.Select(b => b.Id))) pending.Push(next);
            }

            return false;
        }

        private void Add(byte[] marking, SequenceFlow flow)
        {
            ref var count = ref marking[flowIndex[flow.Id]];
            if (count < Many) count++;
        }

        private void Report(byte[] marking, Dictionary<string, (string? Parent, string? Choice)> seen, HashSet<string> reported)
        {
            var stuck = scopeNodes.OfType<GatewayNode>().Where(g => g.Incoming.Any(f => marking[flowIndex[f.Id]] > 0)).ToList();
            var choices = new List<string>();
            for (var key = Key(marking); seen.TryGetValue(key, out var step) && step.Parent is not null; key = step.Parent)
            {
                if (step.Choice is not null) choices.Add(step.Choice);
            }

            choices.Reverse();
            var path = choices.Count == 0 ? string.Empty : " when " + string.Join(", then ", choices.Take(4)) + (choices.Count > 4 ? ", …" : string.Empty);
            foreach (var gateway in stuck.Where(g => reported.Add(g.Id)))
            {
                var arrived = gateway.Incoming.Where(f => marking[flowIndex[f.Id]] > 0).Select(f => f.Id).ToList();
                problems.Warning(gateway.Id, gateway.Line,
                    $"{gateway.ElementType} can wait forever{path}: only {string.Join(", ", arrived)} of its {gateway.Incoming.Count} incoming flows receive a token (at run time this raises an incident)");
            }
        }

        private static string Key(byte[] marking) => Convert.ToBase64String(marking);
    }
}
