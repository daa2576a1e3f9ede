# The peer of a check: four of estate-audit's checks written as one jq program over the same JSON
# estate, so bench/run.sh can set the tools side by side. It counts:
#   debug-mode modules (not extensions) in production environments, environments on a Platform Server newer than
#   LifeTime's, production environments (Purpose, else running mode) on a development licence, and
#   zero-downtime zones with fewer than two enabled front ends.
def version: split(".") | map(tonumber);
(.lifetime.platformVersion // "0" | version) as $lifetime
| [.environments[]] as $environments
| {
    debugInProduction: [$environments[] | select(.role == "production") | .modules[]? | select(.debugMode == true and .kind != "extension")] | length,
    newerThanLifeTime: [$environments[] | select(.platformVersion | version > $lifetime)] | length,
    productionOnDevelopmentLicence: [$environments[] | select((.purpose // .runningMode) == "production" and .license == "development")] | length,
    zeroDowntimeZonesShortOfFrontEnds: [$environments[] | select(.upgradeStrategy == "zero-downtime") | .zones[]?
        | select([.frontEnds[]? | select(.enabled != false)] | length < 2)] | length
  }
