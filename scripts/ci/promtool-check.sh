#!/usr/bin/env bash
# promtool on ops/prometheus: the scrape config (with a placeholder token file beside a copy, as
# the real one is not in the repository), the alert rules, and their unit tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp ops/prometheus/prometheus.yml ops/prometheus/alerts.yml "$tmp/"
printf placeholder > "$tmp/metrics-token"
promtool check config "$tmp/prometheus.yml"
promtool check rules ops/prometheus/alerts.yml
promtool test rules ops/prometheus/alerts.test.yml
