; torchsmt obligation leaky_relu.vjp_eq_jvp_transpose@3 (lemma, op leaky_relu, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {'negative_slope': 0.01}, off kinks
(set-info :source |torchsmt lemma leaky_relu.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_0 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x51 (* w_0 (+ (/ 1.0 100.0) (* (/ 99.0 100.0) (ite (< 0.0 x0_0) 1.0 0.0))))))
(let ((?x79 (* w_0 (ite (<= x0_0 0.0) (/ 1.0 100.0) 1.0))))
(let (($x71 (= ?x79 ?x51)))
(not $x71)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_1 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x52 (* w_1 (+ (/ 1.0 100.0) (* (/ 99.0 100.0) (ite (< 0.0 x0_1) 1.0 0.0))))))
(let ((?x84 (* w_1 (ite (<= x0_1 0.0) (/ 1.0 100.0) 1.0))))
(let (($x72 (= ?x84 ?x52)))
(not $x72)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let ((?x53 (* w_2 (+ (/ 1.0 100.0) (* (/ 99.0 100.0) (ite (< 0.0 x0_2) 1.0 0.0))))))
(let ((?x89 (* w_2 (ite (<= x0_2 0.0) (/ 1.0 100.0) 1.0))))
(let (($x69 (= ?x89 ?x53)))
(not $x69)))))
(check-sat)
