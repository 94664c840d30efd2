; torchsmt obligation sign.vjp_eq_jvp_transpose@3 (lemma, op sign, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {}, off kinks
(set-info :source |torchsmt lemma sign.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x55 (= 0.0 0.0)))
(not $x55)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x55 (= 0.0 0.0)))
(not $x55)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x55 (= 0.0 0.0)))
(not $x55)))
(check-sat)
