/**
 * The task pane's controller: runs the host's actions (Aksi) and dispatches each stage to the
 * reducer (state.ts). Every error is mapped by the host (aksi.petakanGalat) before dispatch.
 */
import * as React from "react";
import type { Actions, Choices } from "./actions";
import type { PickedFile } from "./rekap";
import { initialState, reducer, type Action, type PaneState } from "./state";
import { PANE_TEXT } from "./texts";

export interface Pane {
  state: PaneState;
  ubahPilihan(p: Choices): void;
  hitung(): Promise<void>;
  buatContoh(): Promise<void>;
  unduhBab3(): Promise<void>;
  lihat(alamat: string): void;
  pilihBerkas(files: readonly PickedFile[]): void;
  buatRekap(): Promise<void>;
}

type Dispatch = React.Dispatch<Action>;

/** The check on open and after a change of SKPD or month (tahun choices, missing tables). */
function useCheck(aksi: Actions, dispatch: Dispatch): (p: Choices) => Promise<void> {
  return React.useCallback(
    async (pilihan: Choices) => {
      try {
        dispatch({ type: "periksaSelesai", pilihan, hasil: await aksi.periksa(pilihan) });
      } catch (error) {
        dispatch({ type: "galat", galat: aksi.petakanGalat(error) });
      }
    },
    [aksi, dispatch],
  );
}

/** The run, the example tables and the Word download. */
function jobs(aksi: Actions, s: PaneState, dispatch: Dispatch, check: (p: Choices) => Promise<void>) {
  return {
    hitung: async () => {
      dispatch({ type: "hitungMulai" });
      try {
        const hasil = await aksi.hitung(s.pilihan, (tahap) => dispatch({ type: "hitungTahap", tahap }));
        dispatch({ type: "hitungSelesai", hasil });
      } catch (error) {
        dispatch({ type: "hitungGagal", galat: aksi.petakanGalat(error) });
      }
    },
    buatContoh: async () => {
      dispatch({ type: "contohMulai" });
      try {
        const hasil = await aksi.buatContoh();
        await check(s.pilihan);
        dispatch({ type: "contohSelesai", hasil });
      } catch (error) {
        dispatch({ type: "contohGagal", galat: aksi.petakanGalat(error) });
      }
    },
    unduhBab3: async () => {
      if (!s.analysis) return;
      dispatch({ type: "unduhMulai" });
      try {
        dispatch({ type: "unduhSelesai", hasil: await aksi.unduhBab3(s.analysis) });
      } catch (error) {
        dispatch({ type: "unduhSelesai", hasil: { jenis: "gagal", galat: aksi.petakanGalat(error) } });
      }
    },
  };
}

/** Rekap Pemda: the picked files, read one by one, then the recap sheets. */
function rekapJobs(aksi: Actions, s: PaneState, dispatch: Dispatch) {
  return {
    pilihBerkas: (files: readonly PickedFile[]) => dispatch({ type: "rekapDipilih", files }),
    buatRekap: async () => {
      dispatch({ type: "rekapMulai" });
      try {
        const hasil = await aksi.rekap(s.rekap.files, s.pilihan, (indeks, status) =>
          dispatch({ type: "rekapBerkas", indeks, status }),
        );
        dispatch({ type: "rekapSelesai", hasil });
      } catch (error) {
        dispatch({ type: "rekapGagal", galat: aksi.petakanGalat(error) });
      }
    },
  };
}

export function usePane(aksi: Actions): Pane {
  const [state, dispatch] = React.useReducer(reducer, aksi, (a: Actions) =>
    initialState({ skala: "workbook", ...a.pilihanTersimpan() }),
  );
  const check = useCheck(aksi, dispatch);
  React.useEffect(() => {
    void check({ skala: "workbook", ...aksi.pilihanTersimpan() });
  }, [check, aksi]);

  const galat = (error: unknown) => dispatch({ type: "galat", galat: aksi.petakanGalat(error) });
  // The SKPD and month of a SIPD-RI export are kept in the workbook, and re-checked when changed.
  const ubahPilihan = (p: Choices): void => {
    const sipdBerubah = p.skpd !== state.pilihan.skpd || p.sampaiBulan !== state.pilihan.sampaiBulan;
    dispatch({ type: "pilihanBerubah", pilihan: p });
    if (!sipdBerubah) return;
    aksi.simpanPilihan({ skpd: p.skpd, sampaiBulan: p.sampaiBulan }).catch(galat);
    void check(p);
  };
  const lihat = (alamat: string): void => {
    aksi.lihat(alamat).catch((error: unknown) => {
      const g = aksi.petakanGalat(error);
      dispatch({
        type: "galat",
        galat: g.jenis === "tabelTidakAda" ? { ...g, pesan: PANE_TEXT.lembarTidakAda(alamat) } : g,
      });
    });
  };
  return {
    state,
    ubahPilihan,
    lihat,
    ...jobs(aksi, state, dispatch, check),
    ...rekapJobs(aksi, state, dispatch),
  };
}
