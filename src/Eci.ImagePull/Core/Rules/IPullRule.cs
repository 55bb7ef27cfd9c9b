namespace Eci.ImagePull.Rules;

/// <summary>One rule of the engine. Rules run in id order, so a later rule can see what an earlier one explained.</summary>
internal interface IPullRule
{
    void Evaluate(EvaluationContext context);
}
