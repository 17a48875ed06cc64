#!/usr/bin/env bash
# Makes the workspace the training run (-Dquotebench.startup=train) opens: the sample articles and a
# long made-up one (about 300,000 characters in 3,000 short paragraphs, written here; the quote
# finder stores about 4,000 quotes in it), with the quote finder's suggestions
# stored as quotes, so that opening them reads many quotes from the file as a real long article does.
#   installer/make-training-workspace.sh WORKSPACE JAVA-COMMAND…   (the command that runs org.quotebench.app.Main)
set -euo pipefail
workspace=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
long="$(dirname "$workspace")/harbour-board-minutes.txt"
{
    echo "Harbour board minutes, made up for the training run"
    echo
    for i in $(seq 3000); do
        case $((i % 3)) in
            0) echo "At the harbour board on Tuesday, Ada Brandt said: “The tide will turn by Friday, and the ferry $i will run again.”" ;;
            1) echo "“We will not close the bridge,” Tom Hale told reporters after meeting $i, “not before the vote.”" ;;
            2) echo "Ines Varga, who chairs the board, said the budget for pier $i was “fair and final”." ;;
        esac
        echo
    done
} > "$long"
"$@" suggest --store -w "$workspace" "$here/../assets/samples/"* "$long" > /dev/null
